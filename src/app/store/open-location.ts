// Opens the device database at its current generation, settling a move another start left half done.

import { type IDBPDatabase, wrap } from 'idb';
import { META } from './meta-keys';
import { type HomeAssessDatabase, type HomeAssessSchema, upgradeSchema } from './schema';
import {
  deleteLocation,
  factoryOf,
  firstGeneration,
  listLocations,
  locationOf,
  type StorageEnvironment,
  type StoreLocation,
  withMoveLock,
} from './store-location';

/** A connection with the location it belongs to, and the bucket object it must keep alive. */
export interface OpenedStore {
  database: HomeAssessDatabase;
  location: StoreLocation;
  bucket?: unknown;
}

/** What a connection reports back to the store. */
export interface ConnectionEvents {
  /** Another tab holds an older version open; this one waits until it closes. */
  onBlocked?: () => void;
  /** The database is to be upgraded (`newVersion` set) or deleted (`null`) by another tab. */
  onVersionChange?: (newVersion: number | null) => void;
  /** The browser closed the connection (its bucket was deleted, storage was cleared). */
  onClose?: () => void;
}

/**
 * Opens (creating or upgrading) a location's database, as idb's openDB does with the global one;
 * a new database is marked complete unless `isComplete` is false (a move's target).
 */
export async function openAt(
  environment: StorageEnvironment,
  location: StoreLocation,
  version: number,
  events: ConnectionEvents,
  isComplete = true,
): Promise<OpenedStore> {
  const { indexedDB: factory, bucket } = await factoryOf(environment, location);
  const request = factory.open(location.name, version);
  request.addEventListener('upgradeneeded', (event) => {
    const database = wrap(request.result) as HomeAssessDatabase;
    upgradeSchema(database, event.oldVersion);
    // A new database is whole from the start, in the transaction that creates it; a move's
    // target (`isComplete` false) is marked only once every row is in.
    if (event.oldVersion === 0 && isComplete)
      request.transaction?.objectStore('meta').put(true, META.storeComplete);
  });
  request.addEventListener('blocked', () => events.onBlocked?.());
  const database = (await wrap(request)) as unknown as IDBPDatabase<HomeAssessSchema>;
  watch(database, events);
  return { database, location, bucket };
}

/** Hands a connection's versionchange and close events to the store. */
export function watch(database: HomeAssessDatabase, events: ConnectionEvents): void {
  database.addEventListener('versionchange', (event) => events.onVersionChange?.(event.newVersion));
  database.addEventListener('close', () => events.onClose?.());
}

/** Whether a location holds a complete copy: generation 0 predates moves and always does. */
async function isCompleteAt(environment: StorageEnvironment, location: StoreLocation) {
  if (location.generation === 0) return true;
  const { indexedDB: factory } = await factoryOf(environment, location);
  const database = await new Promise<IDBDatabase | undefined>((resolve) => {
    const request = factory.open(location.name);
    // A bucket with no database in it: nothing to create here.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
    request.onsuccess = () => resolve(request.result);
  });
  if (database === undefined) return false;
  try {
    if (!database.objectStoreNames.contains('meta')) return false;
    const marker = await (wrap(database) as HomeAssessDatabase).get('meta', META.storeComplete);
    return marker === true;
  } finally {
    database.close();
  }
}

/** The location to open; `isNew` when the device has no database yet. */
export interface ResolvedLocation {
  location: StoreLocation;
  isNew: boolean;
}

/**
 * The generation the store uses. With one, that one; with none, a new first generation; with
 * several (a move was interrupted, or is under way in another tab: then this waits for it), the
 * newest complete one, and the others are deleted: an older one is what a finished move had not
 * deleted yet, a newer one a copy that had not finished (its source is still whole).
 */
export async function resolveLocation(
  environment: StorageEnvironment,
  base: string,
): Promise<ResolvedLocation> {
  const found = await listLocations(environment, base);
  const [only] = found;
  if (found.length === 1 && only !== undefined) return { location: only, isNew: false };
  if (found.length === 0)
    return { location: locationOf(environment, base, firstGeneration(environment)), isNew: true };
  return withMoveLock(environment, base, async () => {
    const present = await listLocations(environment, base);
    const complete = await Promise.all(
      present.map((location) => isCompleteAt(environment, location)),
    );
    const newestComplete = complete.lastIndexOf(true);
    // None complete cannot follow from a move (its source is complete); keep the oldest, then.
    const kept = present[newestComplete === -1 ? 0 : newestComplete];
    if (kept === undefined)
      return { location: locationOf(environment, base, firstGeneration(environment)), isNew: true };
    for (const location of present)
      if (location !== kept) await deleteLocation(environment, location);
    return { location: kept, isNew: false };
  });
}
