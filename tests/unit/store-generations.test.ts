// Moving the device store to a new generation (a bucket, or a database) and deleting the old one,
// so overwritten clear values leave the files; an interrupted move never loses an unsynced edit.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createIndexedDbStore } from '../../src/app/store/indexeddb-store';
import { CURRENT_VERSION } from '../../src/app/store/schema';
import type { BucketManagerLike, StorageEnvironment } from '../../src/app/store/store-location';

const CLIENT = { id: 'c1', name: 'Ada Quill' };
const PHOTO = new TextEncoder().encode('PHOTO-BYTES').buffer;

let count = 0;
const uniqueName = () => {
  count += 1;
  return `generations-${count}`;
};

function deleteIn(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** Storage buckets as Chromium has them, each its own IndexedDB, deleted with everything in it. */
function fakeBuckets() {
  const buckets = new Map<string, IDBFactory>();
  const persisted = new Set<string>();
  const manager: BucketManagerLike = {
    async open(name) {
      const factory = buckets.get(name) ?? new IDBFactory();
      buckets.set(name, factory);
      return {
        indexedDB: factory,
        persist: async () => persisted.add(name).has(name),
        persisted: async () => persisted.has(name),
      };
    },
    keys: async () => [...buckets.keys()],
    async delete(name) {
      const factory = buckets.get(name);
      buckets.delete(name);
      if (factory === undefined) return;
      for (const { name: database } of await factory.databases())
        if (database !== undefined) await deleteIn(factory, database);
    },
  };
  return { manager, buckets, persisted };
}

async function names(factory: IDBFactory = indexedDB): Promise<string[]> {
  return (await factory.databases()).map((database) => database.name ?? '');
}

async function fillStore(store: ReturnType<typeof createIndexedDbStore>) {
  await store.commitEdit({ entity: 'client', id: 'c1', value: CLIENT }, { seq: 1, value: CLIENT });
  await store.putBlob({ sha256: 'ab', mimeType: 'image/jpeg', bytes: PHOTO, isUploaded: false });
  await store.setMeta('sync.cursor', 42);
}

async function expectEverything(store: ReturnType<typeof createIndexedDbStore>) {
  expect(await store.getRecord('client', 'c1')).toEqual(CLIENT);
  expect(await store.listOutbox()).toEqual([{ seq: 1, value: CLIENT }]);
  expect((await store.getBlob('ab'))?.bytes).toEqual(PHOTO);
  expect(await store.getMeta('sync.cursor')).toBe(42);
}

describe('the store in storage buckets', () => {
  it('starts a new device in a bucket and moves to the next one, deleting the first', async () => {
    const buckets = fakeBuckets();
    const environment: StorageEnvironment = {
      indexedDB: new IDBFactory(),
      buckets: buckets.manager,
    };
    const store = createIndexedDbStore({ name: 'homeassess', environment });
    await fillStore(store);
    expect([...buckets.buckets.keys()]).toEqual(['homeassess-1']);
    await store.persist();
    await store.compact();
    expect([...buckets.buckets.keys()]).toEqual(['homeassess-2']);
    expect(buckets.persisted.has('homeassess-2')).toBe(true);
    await expectEverything(store);
    store.close();
    const reopened = createIndexedDbStore({ name: 'homeassess', environment });
    await expectEverything(reopened);
    reopened.close();
  });

  it('moves a device that began in the default storage into a bucket', async () => {
    const buckets = fakeBuckets();
    const factory = new IDBFactory();
    const before = createIndexedDbStore({
      name: 'homeassess',
      environment: { indexedDB: factory },
    });
    await fillStore(before);
    before.close();
    const environment = { indexedDB: factory, buckets: buckets.manager };
    const store = createIndexedDbStore({ name: 'homeassess', environment });
    await expectEverything(store);
    await store.compact();
    expect(await names(factory)).toEqual([]);
    expect([...buckets.buckets.keys()]).toEqual(['homeassess-1']);
    await expectEverything(store);
    store.close();
  });
});

describe('a move that was interrupted', () => {
  it('keeps using the old database when the copy had not finished, and deletes the copy', async () => {
    const name = uniqueName();
    const before = createIndexedDbStore({ name });
    await fillStore(before);
    before.close();
    // What a copy cut short leaves: the new database with its stores but no completion mark.
    await new Promise<void>((resolve) => {
      const request = indexedDB.open(`${name}~1`, CURRENT_VERSION);
      request.onupgradeneeded = () => request.result.createObjectStore('meta');
      request.onsuccess = () => resolve(request.result.close());
    });
    const store = createIndexedDbStore({ name });
    await expectEverything(store);
    expect((await names()).filter((each) => each.startsWith(name))).toEqual([name]);
    store.close();
  });

  it('opens the finished copy when the old database was not deleted yet, and deletes it', async () => {
    const name = uniqueName();
    let failDeletes = true;
    const flaky: StorageEnvironment = {
      indexedDB: new Proxy(indexedDB, {
        get(target, property) {
          if (property === 'deleteDatabase' && failDeletes)
            return () => {
              throw new Error('The tab was closed before the old database was deleted.');
            };
          const value = Reflect.get(target, property);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      }),
    };
    const store = createIndexedDbStore({ name, environment: flaky });
    await fillStore(store);
    await expect(store.compact()).rejects.toThrow('before the old database was deleted');
    failDeletes = false;
    await expectEverything(store);
    store.close();
    const reopened = createIndexedDbStore({ name });
    await expectEverything(reopened);
    expect((await names()).filter((each) => each.startsWith(name))).toEqual([`${name}~1`]);
    reopened.close();
  });

  it('never loses an edit made while the move runs', async () => {
    const name = uniqueName();
    const store = createIndexedDbStore({ name });
    await fillStore(store);
    const second = { entity: 'client', id: 'c2', value: { id: 'c2', name: 'Bo' } };
    await Promise.all([store.compact(), store.commitEdit(second, { seq: 2, value: second.value })]);
    store.close();
    const reopened = createIndexedDbStore({ name });
    expect(await reopened.getRecord('client', 'c2')).toEqual(second.value);
    expect(await reopened.countOutbox()).toBe(2);
    reopened.close();
  });
});
