// Moves every row, as stored, into the next generation and deletes the old one, so values the old
// one held in clear leave the browser's files (rewriting rows in place leaves the old bytes behind).

import type { IDBPDatabase } from 'idb';
import { META } from './meta-keys';
import { type ConnectionEvents, type OpenedStore, openAt } from './open-location';
import { CURRENT_VERSION, type HomeAssessDatabase } from './schema';
import {
  deleteLocation,
  isPersisted,
  listLocations,
  locationOf,
  persist,
  type StorageEnvironment,
  type StoreLocation,
  withMoveLock,
} from './store-location';

/** Rows copied per transaction: photos are large, the other rows small. */
const COPY_BATCH: Record<string, number> = { records: 500, outbox: 500, blobs: 10, meta: 500 };
const STORE_NAMES = ['records', 'outbox', 'blobs', 'meta'] as const;

/** Copies one object store in key order, in batches, each written in a durable transaction. */
async function copyStore(source: IDBPDatabase, target: IDBPDatabase, name: string) {
  const batch = COPY_BATCH[name] ?? 100;
  let after: IDBValidKey | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const reading = source.transaction(name);
    const [keys, values] = await Promise.all([
      reading.store.getAllKeys(range, batch) as Promise<IDBValidKey[]>,
      reading.store.getAll(range, batch) as Promise<unknown[]>,
      reading.done,
    ]);
    if (keys.length === 0) return;
    const writing = target.transaction(name, 'readwrite', { durability: 'strict' });
    const hasKeyPath = writing.store.keyPath !== null;
    const writes = values.map((value, index) =>
      hasKeyPath ? writing.store.put(value) : writing.store.put(value, keys[index]),
    );
    await Promise.all([...writes, writing.done]);
    after = keys.at(-1);
  }
}

/** Copies every store into a fresh database at `target`, marking it complete last. */
async function copyInto(
  environment: StorageEnvironment,
  source: HomeAssessDatabase,
  target: StoreLocation,
  events: ConnectionEvents,
): Promise<OpenedStore> {
  const opened = await openAt(environment, target, CURRENT_VERSION, events, false);
  const copy = opened.database;
  try {
    for (const name of STORE_NAMES)
      await copyStore(source as unknown as IDBPDatabase, copy as unknown as IDBPDatabase, name);
    const marking = copy.transaction('meta', 'readwrite', { durability: 'strict' });
    await Promise.all([marking.store.put(true, META.storeComplete), marking.done]);
    return opened;
  } catch (error) {
    copy.close();
    throw error;
  }
}

/**
 * Moves the store to the next generation and deletes the one it was in. Interrupted before the
 * copy is marked complete, the old one stays the store (the partial copy is deleted on the next
 * open); after, the copy is, and the old one is deleted on the next open (`resolveLocation`).
 */
export async function moveToNextGeneration(
  environment: StorageEnvironment,
  base: string,
  current: OpenedStore,
  events: ConnectionEvents,
): Promise<OpenedStore> {
  return withMoveLock(environment, base, async () => {
    const newest = (await listLocations(environment, base)).at(-1)?.generation ?? 0;
    const target = locationOf(environment, base, Math.max(newest, current.location.generation) + 1);
    let copy: OpenedStore;
    try {
      copy = await copyInto(environment, current.database, target, events);
    } catch (error) {
      await deleteLocation(environment, target).catch(() => undefined);
      throw error;
    }
    const wasPersisted = await isPersisted(environment, current.location).catch(() => false);
    current.database.close();
    await deleteLocation(environment, current.location);
    if (wasPersisted) await persist(environment, target).catch(() => false);
    return copy;
  });
}
