// Signing in on a device: the session is kept, and one organization's device never takes another's.

import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/app/store/memory-store';
import { META } from '../../src/app/store/meta-keys';
import { createSessionManager, SessionError } from '../../src/app/sync/session';

function fakeServer(organizationId: string, userId = 'u1') {
  const calls: string[] = [];
  const fetchFunction = (async (input: RequestInfo | URL) => {
    const path = String(input);
    calls.push(path);
    if (path === '/api/v1/auth/logout') return new Response(null, { status: 204 });
    const user = {
      id: userId,
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

  it('starts a new device id when another person signs in on the device', async () => {
    const store = createMemoryStore();
    const grace = createSessionManager(store, () => 1, fakeServer('org-a', 'grace').fetchFunction);
    await grace.signIn({ email: 'a', password: 'b' });
    await store.setMeta(META.deviceId, 'tablet-of-grace');
    await store.setMeta(META.ackedSeq, 12);
    await grace.signOut();
    await grace.signIn({ email: 'a', password: 'b' });
    expect(await store.getMeta(META.deviceId)).toBe('tablet-of-grace');
    await grace.signOut();
    const tom = createSessionManager(store, () => 2, fakeServer('org-a', 'tom').fetchFunction);
    await tom.signIn({ email: 'c', password: 'd' });
    expect(await store.getMeta(META.deviceId)).toBeUndefined();
    expect(await store.getMeta(META.ackedSeq)).toBeUndefined();
  });

  it("refuses another person's sign-in while the last person's edits wait to be sent", async () => {
    const store = createMemoryStore();
    const grace = createSessionManager(store, () => 1, fakeServer('org-a', 'grace').fetchFunction);
    await grace.signIn({ email: 'a', password: 'b' });
    await store.setMeta(META.deviceId, 'tablet-of-grace');
    await store.commitEdit(
      { entity: 'client', id: 'c1', value: { fields: { name: 'Ana' } } },
      { seq: 1, value: { seq: 1, entity: 'client', id: 'c1', set: { name: 'Ana' } } },
    );
    await grace.signOut();
    const server = fakeServer('org-a', 'tom');
    const tom = createSessionManager(store, () => 2, server.fetchFunction);
    await expect(tom.signIn({ email: 'c', password: 'd' })).rejects.toThrow(/1 unsent edit/);
    expect(await tom.token()).toBeUndefined();
    expect(server.calls).toContain('/api/v1/auth/logout');
    expect(await store.getMeta(META.deviceId)).toBe('tablet-of-grace');
  });

  it('ends a token signed out offline at the next sign-in', async () => {
    const store = createMemoryStore();
    const server = fakeServer('org-a');
    let isOnline = true;
    const fetchFunction = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (!isOnline) throw new TypeError('Failed to fetch');
      return server.fetchFunction(input, init);
    }) as typeof fetch;
    const session = createSessionManager(store, () => 1, fetchFunction);
    await session.signIn({ email: 'a', password: 'b' });
    isOnline = false;
    await session.signOut();
    expect(await session.token()).toBeUndefined();
    expect(await store.getMeta(META.logoutPending)).toEqual(['token-org-a']);
    isOnline = true;
    server.calls.length = 0;
    await session.signIn({ email: 'a', password: 'b' });
    expect(server.calls).toEqual(['/api/v1/auth/login', '/api/v1/auth/logout']);
    expect(await store.getMeta(META.logoutPending)).toBeUndefined();
  });
});
