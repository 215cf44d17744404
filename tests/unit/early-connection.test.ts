// The device database connection begun as the page loads (public/open-store-early.js), taken
// over by the store: used when it is the expected version, never creating or blocking anything.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeEarlyConnection } from '../../src/app/store/early-connection';
import { createIndexedDbStore } from '../../src/app/store/indexeddb-store';
import { CURRENT_VERSION, DATABASE_NAME } from '../../src/app/store/schema';

const earlyScript = readFileSync(join(import.meta.dirname, '../../public/open-store-early.js'), {
  encoding: 'utf8',
});
/** Runs the script as the page does: from its tag, which names the database. */
const openEarly = () => {
  const page = { currentScript: { dataset: { database: DATABASE_NAME } } };
  new Function('document', earlyScript)(page);
};
const room = { entity: 'room', id: 'r1', value: { id: 'r1', name: 'Kitchen' } };

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((database) => database.name ?? '');
}

async function settledEarlyOpen(): Promise<void> {
  await globalThis.homeassessEarlyOpen?.opened;
}

afterEach(async () => {
  vi.restoreAllMocks();
  (await globalThis.homeassessEarlyOpen?.opened)?.database.close();
  globalThis.homeassessEarlyOpen = undefined;
  await createIndexedDbStore().destroy();
});

describe('the connection opened as the page loads', () => {
  it('is taken over by the store, which then opens nothing itself', async () => {
    const before = createIndexedDbStore();
    await before.writeBatch({ records: [room] });
    before.close();
    openEarly();
    // The early script finds the generation first, then opens it.
    await settledEarlyOpen();
    const opens = vi.spyOn(indexedDB, 'open');
    const store = createIndexedDbStore();
    expect(await store.getRecord('room', 'r1')).toEqual(room.value);
    expect(opens).not.toHaveBeenCalled();
    expect(globalThis.homeassessEarlyOpen).toBeUndefined();
    store.close();
  });

  it('creates no database on a new device, and the store then makes it whole', async () => {
    openEarly();
    await settledEarlyOpen();
    expect(await databaseNames()).not.toContain(DATABASE_NAME);
    const store = createIndexedDbStore();
    await store.writeBatch({ records: [room] });
    expect(await store.getRecord('room', 'r1')).toEqual(room.value);
    store.close();
  });

  it('is closed and left alone when the app expects another version', async () => {
    const before = createIndexedDbStore();
    await before.writeBatch({ records: [room] });
    before.close();
    openEarly();
    await settledEarlyOpen();
    const location = { name: DATABASE_NAME };
    expect(await takeEarlyConnection(location, CURRENT_VERSION + 1)).toBeUndefined();
    const newer = indexedDB.open(DATABASE_NAME, CURRENT_VERSION + 1);
    const outcome = await new Promise<string>((resolve) => {
      newer.onsuccess = () => resolve('opened');
      newer.onblocked = () => resolve('blocked');
    });
    expect(outcome).toBe('opened');
    newer.result.close();
  });

  it('opens nothing while a move left two generations, so the store settles them first', async () => {
    const before = createIndexedDbStore();
    await before.writeBatch({ records: [room] });
    before.close();
    await new Promise((resolve) => {
      const request = indexedDB.open(`${DATABASE_NAME}~1`, CURRENT_VERSION);
      request.onsuccess = () => resolve(request.result.close());
    });
    openEarly();
    expect(await globalThis.homeassessEarlyOpen?.opened).toBeUndefined();
    const store = createIndexedDbStore();
    expect(await store.getRecord('room', 'r1')).toEqual(room.value);
    expect(await databaseNames()).not.toContain(`${DATABASE_NAME}~1`);
    store.close();
  });

  it('lets the device be reset while the store holds it', async () => {
    const before = createIndexedDbStore();
    await before.writeBatch({ records: [room] });
    before.close();
    openEarly();
    const store = createIndexedDbStore();
    await store.getRecord('room', 'r1');
    await store.destroy();
    expect(await databaseNames()).not.toContain(DATABASE_NAME);
  });
});
