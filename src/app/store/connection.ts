// The store's one connection: found at the current generation, reopened when the browser ends it,
// and swapped for the next generation's while every other call waits.
import { wrap } from 'idb';
import { takeEarlyConnection } from './early-connection';
import type { IndexedDbStoreOptions } from './indexeddb-store';
import { moveToNextGeneration } from './move-store';
import {
  type ConnectionEvents,
  type OpenedStore,
  openAt,
  resolveLocation,
  watch,
} from './open-location';
import { CURRENT_VERSION, DATABASE_NAME, type HomeAssessDatabase } from './schema';
import {
  browserEnvironment,
  deleteLocation,
  listLocations,
  type StorageEnvironment,
} from './store-location';

/** The connection the store reads and writes through. */
export interface Connection {
  get(): Promise<HomeAssessDatabase>;
  current(): Promise<OpenedStore>;
  /** Moves the store on (see IndexedDbStore.compact) while every other call waits. */
  moveToNextGeneration(): Promise<void>;
  close(): void;
  /** Closes the connection and deletes every generation. */
  destroy(): Promise<void>;
}

/** The storage the options name, or the browser's. */
export function requireEnvironment(options: IndexedDbStoreOptions): StorageEnvironment {
  const environment = options.environment ?? browserEnvironment();
  if (environment === undefined) throw new Error('This browser does not offer IndexedDB.');
  return environment;
}

/** Creates the connection; nothing opens until the first call. */
export function createConnection(options: IndexedDbStoreOptions): Connection {
  let opening: Promise<OpenedStore> | undefined;
  const forget = () => {
    opening = undefined;
  };
  const base = options.name ?? DATABASE_NAME;
  const events: ConnectionEvents = {
    onBlocked: () => options.onBlocked?.(),
    onVersionChange: (newVersion) => {
      void opening?.then(({ database }) => database.close());
      forget();
      // A deletion is another tab moving the store on: the next call opens where it went.
      if (newVersion !== null) options.onVersionChange?.();
    },
    onClose: forget,
  };
  const open = async (): Promise<OpenedStore> => {
    const environment = requireEnvironment(options);
    const { location } = await resolveLocation(environment, base);
    const early = await takeEarlyConnection(location, CURRENT_VERSION);
    if (early !== undefined) {
      const database = wrap(early.database) as HomeAssessDatabase;
      watch(database, events);
      return { database, location, bucket: early.bucket };
    }
    return openAt(environment, location, CURRENT_VERSION, events);
  };
  const current = () => {
    opening ??= open().catch((error: unknown) => {
      forget();
      throw error;
    });
    return opening;
  };
  /**
   * Runs `work` on the open store while every other call waits, then uses what it returns. If it
   * fails, the next call opens afresh: where a move stopped, `resolveLocation` finds the right one.
   */
  const replace = async (work: (opened: OpenedStore) => Promise<OpenedStore>) => {
    const after = current().then(work);
    const settled = after.then(
      () => undefined,
      (error: unknown) => {
        if (opening === guarded) forget();
        return error;
      },
    );
    // Every other call waits for the move, then sees its result or opens afresh.
    const guarded: Promise<OpenedStore> = settled.then((error) =>
      error === undefined ? after : current(),
    );
    opening = guarded;
    const failure = await settled;
    if (failure !== undefined) throw failure;
  };
  const close = () => {
    void opening?.then(({ database }) => database.close());
    forget();
  };
  return {
    get: async () => (await current()).database,
    current,
    moveToNextGeneration: () =>
      replace((opened) => moveToNextGeneration(requireEnvironment(options), base, opened, events)),
    close,
    async destroy() {
      close();
      const environment = requireEnvironment(options);
      for (const location of await listLocations(environment, base))
        await deleteLocation(environment, location);
    },
  };
}
