// Signing in on a device: the session is kept, and one organization's device never takes another's.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/app/store/memory-store';
import { createSessionManager, SessionError } from '../../src/app/sync/session';

function fakeServer(organizationId: string) {
  const calls: string[] = [];
  const fetchFunction = (async (input: RequestInfo | URL) => {
    const path = String(input);
    calls.push(path);
    if (path === '/api/v1/auth/logout') return new Response(null, { status: 204 });
    const user = {
      id: 'u1',
      organizationId,
      email: 'grace@example.org',
      name: 'Grace',
      role: 'therapist',
    };
    return new Response(JSON.stringify({ token: `token-${organizationId}`, user }), {
      status: 200,
    });
  }) as typeof fetch;
  return { calls, fetchFunction };
}

describe('the session on a device', () => {
  it('keeps the token after signing in', async () => {
    const store = createMemoryStore();
    const server = fakeServer('org-a');
    const session = createSessionManager(store, () => 1, server.fetchFunction);
    await session.signIn({ email: 'grace@example.org', password: 'a long password' });
    expect(await session.token()).toBe('token-org-a');
  });

  it('refuses a sign-in to another organization and keeps the first one', async () => {
    const store = createMemoryStore();
    await createSessionManager(store, () => 1, fakeServer('org-a').fetchFunction).signIn({
      email: 'a',
      password: 'b',
    });
    const other = fakeServer('org-b');
    const session = createSessionManager(store, () => 2, other.fetchFunction);
    await expect(session.signIn({ email: 'a', password: 'b' })).rejects.toBeInstanceOf(
      SessionError,
    );
    expect(await session.token()).toBe('token-org-a');
    expect(other.calls).toContain('/api/v1/auth/logout');
  });

  it('signs in again to the same organization after signing out, keeping the device', async () => {
    const store = createMemoryStore();
    const session = createSessionManager(store, () => 1, fakeServer('org-a').fetchFunction);
    await session.signIn({ email: 'a', password: 'b' });
    await session.signOut();
    expect(await session.token()).toBeUndefined();
    await session.signIn({ email: 'a', password: 'b' });
    expect(await session.token()).toBe('token-org-a');
  });
});
