// The engine's in-memory records: read once, kept current by writes, never stale after a race.
import { describe, expect, it } from 'vitest';
import type { LocalStore } from '../../src/app/store/local-store';
import { createMemoryStore } from '../../src/app/store/memory-store';
import { createRecordCache } from '../../src/app/sync/record-cache';
import type { RecordId } from '../../src/domain/ids';
import type { LocalRecord } from '../../src/sync/replica';

const room = (id: string, name: string): LocalRecord => ({
  entity: 'room',
  id: id as RecordId,
  fields: { name },
  versions: {},
  pending: {},
  shadow: {},
});

async function storeWith(...records: LocalRecord[]): Promise<LocalStore> {
  const store = createMemoryStore();
  await store.writeBatch({
    records: records.map((record) => ({ entity: record.entity, id: record.id, value: record })),
  });
  return store;
}

describe('the record cache', () => {
  it('lists what the store holds, then answers from memory', async () => {
    const store = await storeWith(room('r1', 'Hall'));
    const cache = createRecordCache(store);
    expect((await cache.list('room')).map((record) => record.fields.name)).toEqual(['Hall']);
    await store.writeBatch({
      records: [{ entity: 'room', id: 'r2', value: room('r2', 'Behind its back') }],
    });
    expect(await cache.list('room')).toHaveLength(1);
  });

  it('shares one read between screens asking at once, and shows it at once afterwards', async () => {
    const store = await storeWith(room('r1', 'Hall'));
    let readCount = 0;
    const counting: LocalStore = {
      ...store,
      listRecords: (entity) => {
        readCount += 1;
        return store.listRecords(entity);
      },
    };
    const cache = createRecordCache(counting);
    expect(cache.peek('room')).toBeUndefined();
    const [first, second] = await Promise.all([cache.list('room'), cache.list('room')]);
    expect(readCount).toBe(1);
    expect(second).toEqual(first);
    expect(cache.peek('room')?.map((record) => record.fields.name)).toEqual(['Hall']);
  });

  it('takes the records the engine writes', async () => {
    const cache = createRecordCache(await storeWith(room('r1', 'Hall')));
    await cache.list('room');
    cache.remember([room('r1', 'Hallway'), room('r3', 'Garage')]);
    expect((await cache.list('room')).map((record) => record.fields.name).sort()).toEqual([
      'Garage',
      'Hallway',
    ]);
    expect((await cache.get('room', 'r1'))?.fields.name).toBe('Hallway');
  });

  it('reads the list again when a write lands while it is being read', async () => {
    const store = await storeWith(room('r1', 'Hall'));
    const cache = createRecordCache(store);
    const reading = cache.list('room');
    await store.writeBatch({
      records: [{ entity: 'room', id: 'r1', value: room('r1', 'Hallway') }],
    });
    cache.remember([room('r1', 'Hallway')]);
    expect((await reading).map((record) => record.fields.name)).toEqual(['Hallway']);
  });

  it('forgets everything when asked, and reads the store again', async () => {
    const store = await storeWith(room('r1', 'Hall'));
    const cache = createRecordCache(store);
    await cache.list('room');
    await store.writeBatch({
      records: [{ entity: 'room', id: 'r2', value: room('r2', 'Imported') }],
    });
    cache.forget();
    expect(await cache.list('room')).toHaveLength(2);
  });
});
