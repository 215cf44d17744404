// One suite for the device store, run against IndexedDB (fake-indexeddb) and the in-memory double.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIndexedDbStore, LIST_BATCH_SIZE } from '../../src/app/store/indexeddb-store';
import type { LocalStore } from '../../src/app/store/local-store';
import { createMemoryStore } from '../../src/app/store/memory-store';
import { CURRENT_VERSION } from '../../src/app/store/schema';

let databaseNumber = 0;
const uniqueName = () => {
  databaseNumber += 1;
  return `homeassess-test-${databaseNumber}`;
};

const implementations: [string, () => LocalStore][] = [
  ['IndexedDB', () => createIndexedDbStore({ name: uniqueName() })],
  ['memory', createMemoryStore],
];

const room = (id: string, name: string) => ({ entity: 'room', id, value: { id, name } });
const bytes = (...values: number[]) => new Uint8Array(values).buffer;

describe.each(implementations)('the %s store', (_name, createStore) => {
  let store: LocalStore;
  afterEach(() => store.close());

  it('keeps a saved record and its outbox entry together', async () => {
    store = createStore();
    await store.commitEdit(room('r1', 'Bathroom'), {
      seq: 1,
      value: { set: { name: 'Bathroom' } },
    });
    expect(await store.getRecord('room', 'r1')).toEqual({ id: 'r1', name: 'Bathroom' });
    expect(await store.listOutbox()).toEqual([{ seq: 1, value: { set: { name: 'Bathroom' } } }]);
  });

  it('refuses a second edit with a used outbox number and keeps the first record', async () => {
    store = createStore();
    await store.commitEdit(room('r1', 'Bathroom'), { seq: 1, value: 'first' });
    await expect(
      store.commitEdit(room('r1', 'Kitchen'), { seq: 1, value: 'again' }),
    ).rejects.toThrow();
    expect(await store.getRecord('room', 'r1')).toEqual({ id: 'r1', name: 'Bathroom' });
    expect(await store.countOutbox()).toBe(1);
  });

  it('lists records of one entity only', async () => {
    store = createStore();
    await store.commitEdit(room('r1', 'Bathroom'), { seq: 1, value: 1 });
    await store.commitEdit(
      { entity: 'client', id: 'c1', value: { name: 'Ada' } },
      { seq: 2, value: 2 },
    );
    expect(await store.listRecords('room')).toEqual([{ id: 'r1', name: 'Bathroom' }]);
  });

  it('removes acknowledged outbox entries and keeps later ones in order', async () => {
    store = createStore();
    for (const seq of [1, 2, 3]) {
      await store.commitEdit(room(`r${seq}`, 'Room'), { seq, value: seq });
    }
    await store.writeBatch({ removeOutboxThrough: 2 });
    expect(await store.listOutbox()).toEqual([{ seq: 3, value: 3 }]);
  });

  it('replaces the whole outbox and its records in one batch', async () => {
    store = createStore();
    for (const seq of [4, 7]) {
      await store.commitEdit(room(`r${seq}`, 'Room'), { seq, value: `edit ${seq}` });
    }
    await store.writeBatch({
      records: [room('r4', 'Hall')],
      replaceOutbox: [
        { seq: 1, value: 'edit 4' },
        { seq: 2, value: 'edit 7' },
      ],
      meta: { 'sync.deviceId': 'tablet-2' },
    });
    expect(await store.listOutbox()).toEqual([
      { seq: 1, value: 'edit 4' },
      { seq: 2, value: 'edit 7' },
    ]);
    expect(await store.lastOutboxSeq()).toBe(2);
    expect(await store.getRecord('room', 'r4')).toEqual({ id: 'r4', name: 'Hall' });
    expect(await store.getMeta('sync.deviceId')).toBe('tablet-2');
  });

  it('replaces the newest outbox entry only for its own writer and only while unsent', async () => {
    store = createStore();
    await store.commitEdit(room('r1', 'H'), { seq: 1, value: 'edit 1', foldKey: 'tab-a' });
    expect(
      await store.replaceLastEdit(room('r1', 'Ha'), { seq: 1, value: 'x', foldKey: 'tab-b' }),
    ).toBe(false);
    expect(
      await store.replaceLastEdit(room('r1', 'Hall'), {
        seq: 1,
        value: 'edit 1b',
        foldKey: 'tab-a',
      }),
    ).toBe(true);
    expect(await store.listOutbox()).toEqual([{ seq: 1, value: 'edit 1b' }]);
    expect(await store.getRecord('room', 'r1')).toEqual({ id: 'r1', name: 'Hall' });
    await store.commitEdit(room('r2', 'Kitchen'), { seq: 2, value: 'edit 2', foldKey: 'tab-a' });
    expect(
      await store.replaceLastEdit(room('r1', 'Hal'), { seq: 1, value: 'y', foldKey: 'tab-a' }),
    ).toBe(false);
    expect(await store.markOutboxSent()).toBe(2);
    expect(
      await store.replaceLastEdit(room('r2', 'Kit'), { seq: 2, value: 'z', foldKey: 'tab-a' }),
    ).toBe(false);
    expect(await store.listOutbox()).toEqual([
      { seq: 1, value: 'edit 1b' },
      { seq: 2, value: 'edit 2' },
    ]);
    expect(await store.getRecord('room', 'r2')).toEqual({ id: 'r2', name: 'Kitchen' });
  });

  it('tells the oldest waiting edit and the highest seq without listing the outbox', async () => {
    store = createStore();
    expect(await store.lastOutboxSeq()).toBe(0);
    expect(await store.firstOutboxEntry()).toBeUndefined();
    for (const seq of [4, 5, 6]) {
      await store.commitEdit(room(`r${seq}`, 'Room'), { seq, value: { at: seq * 100 } });
    }
    expect(await store.lastOutboxSeq()).toBe(6);
    expect(await store.firstOutboxEntry()).toEqual({ seq: 4, value: { at: 400 } });
  });

  it('lists every record of an entity when there are more than one batch of them', async () => {
    store = createStore();
    const count = LIST_BATCH_SIZE * 2 + 1;
    const ids = Array.from({ length: count }, (_, index) => `r${String(index).padStart(5, '0')}`);
    await store.writeBatch({
      records: [...ids.map((id) => room(id, 'Room')), { entity: 'roomy', id: 'x', value: 1 }],
      meta: {},
    });
    const listed = (await store.listRecords('room')) as { id: string }[];
    expect(listed.map((record) => record.id)).toEqual(ids);
  });

  it('writes pulled records and the new cursor together, without outbox entries', async () => {
    store = createStore();
    await store.writeBatch({ records: [room('r9', 'Garage')], meta: { 'sync.cursor': 42 } });
    expect(await store.getRecord('room', 'r9')).toEqual({ id: 'r9', name: 'Garage' });
    expect(await store.getMeta('sync.cursor')).toBe(42);
    expect(await store.countOutbox()).toBe(0);
    expect(await store.listAllRecords()).toEqual([room('r9', 'Garage')]);
  });

  it('lists photos waiting for upload until they are marked uploaded', async () => {
    store = createStore();
    await store.putBlob({
      sha256: 'aa',
      mimeType: 'image/jpeg',
      bytes: bytes(1),
      isUploaded: false,
    });
    await store.putBlob({
      sha256: 'bb',
      mimeType: 'image/jpeg',
      bytes: bytes(2),
      isUploaded: true,
    });
    expect(await store.listBlobsToUpload()).toEqual(['aa']);
    await store.markBlobUploaded('aa');
    expect(await store.listBlobsToUpload()).toEqual([]);
    expect((await store.getBlob('aa'))?.isUploaded).toBe(true);
  });

  it('stores photo bytes by their hash', async () => {
    store = createStore();
    await store.putBlob({
      sha256: 'ab12',
      mimeType: 'image/jpeg',
      bytes: bytes(1, 2, 3),
      isUploaded: false,
    });
    const blob = await store.getBlob('ab12');
    expect(blob?.mimeType).toBe('image/jpeg');
    expect(blob?.isUploaded).toBe(false);
    expect([...new Uint8Array(blob?.bytes ?? new ArrayBuffer(0))]).toEqual([1, 2, 3]);
  });

  it('answers undefined for what it does not hold', async () => {
    store = createStore();
    expect(await store.getRecord('room', 'missing')).toBeUndefined();
    expect(await store.getBlob('missing')).toBeUndefined();
    expect(await store.getMeta('sync.lastSyncAt')).toBeUndefined();
  });
});

describe('the IndexedDB store', () => {
  it('opens nothing until it is first used', async () => {
    const name = uniqueName();
    const store = createIndexedDbStore({ name });
    const existing = await indexedDB.databases();
    expect(existing.map((database) => database.name)).not.toContain(name);
    await store.setMeta('units', 'imperial');
    expect((await indexedDB.databases()).map((database) => database.name)).toContain(name);
    store.close();
  });

  it('closes itself and says so when another tab opens a newer version', async () => {
    const name = uniqueName();
    const onVersionChange = vi.fn();
    const store = createIndexedDbStore({ name, onVersionChange });
    await store.setMeta('units', 'metric');
    const newer = await openDB(name, CURRENT_VERSION + 1);
    expect(onVersionChange).toHaveBeenCalledOnce();
    expect(newer.version).toBe(CURRENT_VERSION + 1);
    newer.close();
  });

  it('keeps what it holds when reopened', async () => {
    const name = uniqueName();
    const first = createIndexedDbStore({ name });
    await first.commitEdit(room('r1', 'Hall'), { seq: 1, value: 'edit' });
    first.close();
    const second = createIndexedDbStore({ name });
    expect(await second.getRecord('room', 'r1')).toEqual({ id: 'r1', name: 'Hall' });
    expect(await second.countOutbox()).toBe(1);
    second.close();
  });
});
