// The app lock: turning it on re-seals what is stored, locking drops the key, unlocking is throttled.
import { META } from '../../src/app/store/meta-keys';
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type AppLockOptions,
  createAppLock,
  type LockChannel,
  type LockNews,
  type LockState,
  unlockDelayMs,
} from '../../src/app/security/app-lock';
import { DeviceLockedError } from '../../src/app/security/encrypting-codec';
import { watchIdle } from '../../src/app/security/idle-watcher';
import { createSwitchableCodec, plainCodec } from '../../src/app/store/codec';
import { createIndexedDbStore, type IndexedDbStore } from '../../src/app/store/indexeddb-store';
import { RESEAL_BATCH_SIZE } from '../../src/app/store/reseal-rows';

const SESSION_USER = {
  id: 'u1',
  organizationId: 'o1',
  email: 'grace@riverside.example',
  name: 'Grace',
  role: 'therapist' as const,
};

const CLIENT = { id: 'c1', name: 'Secret Client Zebra', notes: 'Confidential note text' };
const PASSPHRASE = 'kettle lantern orbit';
const OTHER_PASSPHRASE = 'tram cactus vinegar';
const PHOTO = new TextEncoder().encode('JPEG-PHOTO-BYTES-OF-THE-FRONT-STEP').buffer;

let databaseNumber = 0;
const uniqueName = () => {
  databaseNumber += 1;
  return `homeassess-lock-test-${databaseNumber}`;
};

/** A clock and timers the test moves by hand. */
function manualTime() {
  let nowMs = 1_000_000;
  const pending = new Map<number, { at: number; callback: () => void }>();
  let nextId = 1;
  return {
    now: () => nowMs,
    timers: {
      setTimeout: (callback: () => void, ms: number) => {
        pending.set(nextId, { at: nowMs + ms, callback });
        nextId += 1;
        return nextId - 1;
      },
      clearTimeout: (id: number) => void pending.delete(id),
    },
    advance(ms: number) {
      nowMs += ms;
      for (const [id, timer] of [...pending]) {
        if (timer.at > nowMs) continue;
        pending.delete(id);
        timer.callback();
      }
    },
  };
}

/** Tabs of one device: what one posts, every other receives, a moment later. */
function tabHub() {
  const listeners = new Set<{ tab: number; listener: (news: LockNews) => void }>();
  return (tab: number): LockChannel => ({
    post(news) {
      for (const entry of listeners)
        if (entry.tab !== tab) queueMicrotask(() => entry.listener(news));
    },
    subscribe(listener) {
      const entry = { tab, listener };
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
  });
}

function setUp(name = uniqueName(), channel?: LockChannel) {
  const codec = createSwitchableCodec(plainCodec);
  const store = createIndexedDbStore({ name, codec, sealedMetaKeys: ['auth.session'] });
  const time = manualTime();
  const states: LockState[] = [];
  const options: AppLockOptions = {
    store,
    codec,
    now: time.now,
    timers: time.timers,
    onState: (state) => states.push(state),
    calibrate: async () => 1_000,
    channel,
  };
  return { name, store, codec, time, states, lock: createAppLock(options), options };
}

/** The database the store uses now: the newest generation `name~N`, or `name` before any move. */
async function currentDatabaseName(name: string): Promise<string> {
  const generations = (await indexedDB.databases())
    .map((database) => database.name ?? '')
    .filter((candidate) => candidate.startsWith(`${name}~`))
    .map((candidate) => Number(candidate.slice(name.length + 1)))
    .sort((first, second) => first - second);
  const newest = generations.at(-1);
  return newest === undefined ? name : `${name}~${newest}`;
}

async function rawRows(name: string): Promise<{ kinds: string[]; json: string }> {
  const database = await openDB(await currentDatabaseName(name));
  const rows = [
    ...(await database.getAll('records')).map((row) => row.body),
    ...(await database.getAll('outbox')).map((row) => row.body),
    ...(await database.getAll('blobs')).map((row) => row.data),
    await database.get('meta', 'auth.session'),
  ].filter((row) => row !== undefined);
  database.close();
  const json = JSON.stringify(rows, (_key, value: unknown) =>
    value instanceof ArrayBuffer || ArrayBuffer.isView(value)
      ? Buffer.from(value as ArrayBuffer).toString('latin1')
      : value,
  );
  return { kinds: rows.map((row) => (row as { kind: string }).kind), json };
}

async function storePlainData(store: IndexedDbStore) {
  await store.commitEdit({ entity: 'client', id: 'c1', value: CLIENT }, { seq: 1, value: CLIENT });
  await store.putBlob({ sha256: 'ab', mimeType: 'image/jpeg', bytes: PHOTO, isUploaded: false });
  await store.setMeta('auth.session', {
    token: 'secret-token-123',
    user: SESSION_USER,
    signedInAt: 1,
  });
}

describe('the app lock', () => {
  let store: IndexedDbStore | undefined;
  afterEach(() => store?.close());

  it('starts off on a new device and stores in the clear', async () => {
    const setup = setUp();
    store = setup.store;
    await setup.lock.initialize();
    expect(setup.states).toEqual(['off']);
  });

  it('re-seals every existing record, outbox entry, photo and session when turned on', async () => {
    const setup = setUp();
    store = setup.store;
    await setup.lock.initialize();
    await storePlainData(setup.store);
    expect((await rawRows(setup.name)).json).toContain('Secret Client Zebra');
    await setup.lock.setPassphrase(PASSPHRASE);
    const raw = await rawRows(setup.name);
    expect(raw.kinds).toEqual(['encrypted', 'encrypted', 'encrypted', 'encrypted']);
    for (const secret of ['Secret Client Zebra', 'Confidential', 'JPEG-PHOTO', 'secret-token'])
      expect(raw.json).not.toContain(secret);
    expect(await setup.store.getRecord('client', 'c1')).toEqual(CLIENT);
    expect(await setup.store.getMeta(META.isResealComplete)).toBe(true);
  });

  it('moves every row into a new database and deletes the one that held them in clear', async () => {
    const setup = setUp();
    store = setup.store;
    await setup.lock.initialize();
    await storePlainData(setup.store);
    await setup.lock.setPassphrase(PASSPHRASE);
    const names = (await indexedDB.databases()).map((database) => database.name);
    expect(names).not.toContain(setup.name);
    expect(names).toContain(`${setup.name}~1`);
    expect(await setup.store.listOutbox()).toEqual([{ seq: 1, value: CLIENT }]);
    expect((await setup.store.getBlob('ab'))?.bytes).toEqual(PHOTO);
    expect(await setup.store.getMeta('auth.session')).toEqual({
      token: 'secret-token-123',
      user: SESSION_USER,
      signedInAt: 1,
    });
  });

  it('ends the old token once sealed, before the old database is deleted', async () => {
    const setup = setUp();
    store = setup.store;
    const seen: string[] = [];
    const lock = createAppLock({
      ...setup.options,
      onSealed: async () => {
        const names = (await indexedDB.databases()).map((database) => database.name ?? '');
        seen.push(...names.filter((name) => name.split('~')[0] === setup.name));
      },
    });
    await lock.initialize();
    await storePlainData(setup.store);
    await lock.setPassphrase(PASSPHRASE);
    expect(seen).toEqual([setup.name]);
  });

  it('re-seals more rows than one batch', async () => {
    const setup = setUp();
    store = setup.store;
    await setup.lock.initialize();
    const count = RESEAL_BATCH_SIZE * 2 + 3;
    for (let seq = 1; seq <= count; seq += 1)
      await setup.store.commitEdit(
        { entity: 'client', id: `c${seq}`, value: { ...CLIENT, id: `c${seq}` } },
        { seq, value: seq },
      );
    await setup.lock.setPassphrase(PASSPHRASE);
    const { kinds } = await rawRows(setup.name);
    expect(kinds).toHaveLength(count * 2);
    expect(kinds.every((kind) => kind === 'encrypted')).toBe(true);
    expect(await setup.store.listRecords('client')).toHaveLength(count);
    expect(await setup.store.countOutbox()).toBe(count);
  });

  it('drops the key on lock, refuses a wrong passphrase and reads again after unlock', async () => {
    const setup = setUp();
    store = setup.store;
    await setup.lock.initialize();
    await storePlainData(setup.store);
    await setup.lock.setPassphrase(PASSPHRASE);
    setup.lock.lock();
    expect(setup.lock.state()).toBe('locked');
    await expect(setup.store.getRecord('client', 'c1')).rejects.toThrow(DeviceLockedError);
    expect(await setup.lock.countUnsynced()).toEqual({ edits: 1, photos: 1 });
    expect(await setup.lock.unlock('not the passphrase')).toEqual({ kind: 'wrong', failures: 1 });
    expect(await setup.lock.unlock(PASSPHRASE)).toEqual({ kind: 'unlocked' });
    expect(await setup.store.getRecord('client', 'c1')).toEqual(CLIENT);
  });

  it('opens locked after a restart, and the new passphrase works after a change', async () => {
    const first = setUp();
    await first.lock.initialize();
    await storePlainData(first.store);
    await first.lock.setPassphrase(PASSPHRASE);
    await first.lock.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE);
    first.store.close();
    const second = setUp(first.name);
    store = second.store;
    await second.lock.initialize();
    expect(second.states).toEqual(['locked']);
    expect((await second.lock.unlock(PASSPHRASE)).kind).toBe('wrong');
    expect((await second.lock.unlock(OTHER_PASSPHRASE)).kind).toBe('unlocked');
    expect(await second.store.listOutbox()).toEqual([{ seq: 1, value: CLIENT }]);
  });

  it('makes a person wait longer after repeated wrong passphrases', async () => {
    const setup = setUp();
    store = setup.store;
    await setup.lock.initialize();
    await setup.lock.setPassphrase(PASSPHRASE);
    setup.lock.lock();
    for (const failures of [1, 2, 3]) {
      expect(await setup.lock.unlock('nope-nope')).toEqual({ kind: 'wrong', failures });
    }
    const refused = await setup.lock.unlock(PASSPHRASE);
    expect(refused).toEqual({ kind: 'wait', retryAtMs: setup.time.now() + unlockDelayMs(3) });
    setup.time.advance(unlockDelayMs(3));
    expect((await setup.lock.unlock(PASSPHRASE)).kind).toBe('unlocked');
    expect(unlockDelayMs(4)).toBeGreaterThan(unlockDelayMs(3));
    expect(unlockDelayMs(100)).toBe(15 * 60_000);
  });

  it('locks the other open tabs when one turns the lock on, and when one locks', async () => {
    const hub = tabHub();
    const first = setUp(uniqueName(), hub(1));
    const second = setUp(first.name, hub(2));
    store = second.store;
    await first.lock.initialize();
    await second.lock.initialize();
    expect(second.lock.state()).toBe('off');
    await first.lock.setPassphrase(PASSPHRASE);
    await vi.waitFor(() => expect(second.lock.state()).toBe('locked'));
    await expect(
      second.store.commitEdit(
        { entity: 'client', id: 'c2', value: CLIENT },
        { seq: 2, value: CLIENT },
      ),
    ).rejects.toThrow(DeviceLockedError);
    expect((await second.lock.unlock(PASSPHRASE)).kind).toBe('unlocked');
    await second.store.commitEdit(
      { entity: 'client', id: 'c2', value: CLIENT },
      { seq: 2, value: CLIENT },
    );
    const raw = await rawRows(first.name);
    expect(raw.kinds.every((kind) => kind === 'encrypted')).toBe(true);
    expect(raw.json).not.toContain('Secret Client Zebra');
    first.lock.lock();
    await vi.waitFor(() => expect(second.lock.state()).toBe('locked'));
    first.store.close();
  });

  it('locks after the chosen idle time', async () => {
    const setup = setUp();
    store = setup.store;
    await setup.lock.initialize();
    await setup.lock.setPassphrase(PASSPHRASE);
    await setup.lock.setIdleMinutes(1);
    setup.time.advance(59_000);
    expect(setup.lock.state()).toBe('unlocked');
    setup.time.advance(1_000);
    expect(setup.lock.state()).toBe('locked');
  });
});

describe('the idle watcher', () => {
  it('counts idle time from the last input', () => {
    const time = manualTime();
    const listeners = new Map<string, () => void>();
    const events = {
      visibilityState: 'visible' as DocumentVisibilityState,
      addEventListener: (name: string, listener: () => void) => listeners.set(name, listener),
      removeEventListener: (name: string) => listeners.delete(name),
    } as unknown as Parameters<typeof watchIdle>[0]['events'];
    let idleCount = 0;
    watchIdle({
      idleMs: 60_000,
      now: time.now,
      timers: time.timers,
      events,
      onIdle: () => idleCount++,
    });
    time.advance(50_000);
    listeners.get('pointerdown')?.();
    time.advance(50_000);
    expect(idleCount).toBe(0);
    time.advance(10_000);
    expect(idleCount).toBe(1);
    expect(listeners.size).toBe(0);
  });
});
