// Renewing the sign-in once the lock is on: the new token replaces the old, offline it waits.

import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/app/store/memory-store';
import { META } from '../../src/app/store/meta-keys';
import { createTokenRotation } from '../../src/app/sync/token-rotation';

const USER = {
  id: 'u1',
  organizationId: 'o1',
  email: 'g@x.example',
  name: 'Grace',
  role: 'admin' as const,
};

async function deviceWithSession() {
  const store = createMemoryStore();
  await store.setMeta(META.session, { token: 'old-token', user: USER, signedInAt: 5 });
  return store;
}

function rotationOn(store: ReturnType<typeof createMemoryStore>, answer: () => Promise<Response>) {
  const pending: boolean[] = [];
  const sent: string[] = [];
  const fetchFunction = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    sent.push(new Headers(init?.headers).get('authorization') ?? '');
    return answer();
  }) as typeof fetch;
  const rotation = createTokenRotation({
    store,
    fetchFunction,
    now: () => 7,
    onPending: (isPending) => pending.push(isPending),
  });
  return { rotation, pending, sent };
}

describe('the token rotation', () => {
  it('replaces the token with the new one and clears the pending mark', async () => {
    const store = await deviceWithSession();
    const { rotation, pending, sent } = rotationOn(store, async () =>
      Response.json({ token: 'new-token', user: USER }),
    );
    await rotation.markPending();
    expect(await rotation.rotateIfPending()).toBe('rotated');
    expect(sent).toEqual(['Bearer old-token']);
    expect(await store.getMeta(META.session)).toEqual({
      token: 'new-token',
      user: USER,
      signedInAt: 5,
    });
    expect(await store.getMeta(META.rotationPending)).toBeUndefined();
    expect(pending).toEqual([true, false]);
  });

  it('keeps waiting without a connection, and rotates at the next one', async () => {
    const store = await deviceWithSession();
    let isOnline = false;
    const { rotation, pending } = rotationOn(store, async () => {
      if (!isOnline) throw new TypeError('Failed to fetch');
      return Response.json({ token: 'new-token', user: USER });
    });
    await rotation.markPending();
    expect(await rotation.rotateIfPending()).toBe('offline');
    expect(await store.getMeta(META.rotationPending)).toEqual({ since: 7 });
    isOnline = true;
    expect(await rotation.rotateIfPending()).toBe('rotated');
    expect(pending).toEqual([true, true, false]);
  });

  it('asks nothing when no rotation is due', async () => {
    const store = await deviceWithSession();
    const { rotation, sent } = rotationOn(store, async () => Response.json({}));
    expect(await rotation.rotateIfPending()).toBeUndefined();
    expect(sent).toEqual([]);
  });

  it('is done when the server no longer accepts the token: no copy of it works', async () => {
    const store = await deviceWithSession();
    const { rotation } = rotationOn(
      store,
      async () => new Response(JSON.stringify({ code: 'unauthenticated' }), { status: 401 }),
    );
    await rotation.markPending();
    expect(await rotation.rotateIfPending()).toBe('refused');
    expect(await store.getMeta(META.rotationPending)).toBeUndefined();
    expect(((await store.getMeta(META.session)) as { token: string }).token).toBe('old-token');
  });
});
