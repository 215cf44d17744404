// The composition root: makes the device store, session, transport, sync engine and controller once.
import { createIdMaker, type RecordId } from '../domain/ids';
import { createIndexedDbStore } from './store/indexeddb-store';
import type { LocalStore } from './store/local-store';
import { createSessionManager, type Session, type SessionManager } from './sync/session';
import { createSyncController, type SyncController } from './sync/sync-controller';
import { createSyncEngine, type SyncEngine } from './sync/sync-engine';
import type { SyncStatus } from './sync/sync-status';
import { createHttpTransport, type ServerTransport } from './sync/transport';
import { createFeed, type Feed } from './ui/feed';

export interface AppServices {
  store: LocalStore;
  engine: SyncEngine;
  sync: SyncController;
  session: SessionManager;
  transport: ServerTransport;
  version: string;
  syncStatus: Feed<SyncStatus | undefined>;
  currentSession: Feed<Session | undefined>;
  /** Counts changes to records on the device, so lists re-read them. */
  recordsVersion: Feed<number>;
  now: () => number;
  /** Makes a new record id (UUID v7). */
  newId: () => RecordId;
}

const PERSIST_REQUESTED_KEY = 'storage.persistRequested';

/** Asks once, on the first real save, that the browser keep this site's data under storage pressure. */
async function requestPersistentStorage(store: LocalStore): Promise<void> {
  if ((await store.getMeta(PERSIST_REQUESTED_KEY)) !== undefined) return;
  const isPersisted = (await navigator.storage?.persist?.()) ?? false;
  await store.setMeta(PERSIST_REQUESTED_KEY, { at: Date.now(), isPersisted });
}

/** Builds the running app's services for this browser. */
export function createAppServices(options: {
  version: string;
  onVersionChange: () => void;
}): AppServices {
  const store = createIndexedDbStore({ onVersionChange: options.onVersionChange });
  const now = () => Date.now();
  const session = createSessionManager(store, now, (input, init) => fetch(input, init));
  const transport = createHttpTransport({ getToken: session.token });
  const syncStatus = createFeed<SyncStatus | undefined>(undefined);
  const recordsVersion = createFeed(0);
  let controller: SyncController | undefined;
  const engine = createSyncEngine({
    store,
    transport,
    now,
    newDeviceId: () => crypto.randomUUID(),
    onLocalEdit: () => {
      controller?.afterLocalEdit();
      void requestPersistentStorage(store);
    },
    onRecordsChanged: () => recordsVersion.set(recordsVersion.get() + 1),
  });
  controller = createSyncController({
    store,
    engine,
    transport,
    timers: {
      setTimeout: (callback, ms) => window.setTimeout(callback, ms),
      clearTimeout: (id) => window.clearTimeout(id),
    },
    random: Math.random,
    events: { window, document },
    onStatus: syncStatus.set,
  });
  return {
    store,
    engine,
    sync: controller,
    session,
    transport,
    version: options.version,
    syncStatus,
    currentSession: createFeed<Session | undefined>(undefined),
    recordsVersion,
    now,
    newId: createIdMaker(now, (count) => crypto.getRandomValues(new Uint8Array(count))),
  };
}
