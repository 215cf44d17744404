// The composition root: makes the device store, session, transport, sync engine and controller once.

import type { EntityName } from '../domain/entities';
import { createIdMaker, type RecordId } from '../domain/ids';
import {
  type AppLock,
  broadcastLockChannel,
  createAppLock,
  type LockState,
} from './security/app-lock';
import { webAuthnDeviceKeys } from './security/device-key';
import { followLockRequirement } from './security/lock-requirement';
import { createSwitchableCodec, plainCodec } from './store/codec';
import { createIndexedDbStore, type IndexedDbStore } from './store/indexeddb-store';
import type { LocalStore } from './store/local-store';
import { META, SEALED_META_KEYS } from './store/meta-keys';
import { EditRefusedError } from './sync/edit-check';
import { createSessionManager, type Session, type SessionManager } from './sync/session';
import { createSyncController, type SyncController } from './sync/sync-controller';
import { createSyncEngine, type SyncEngine } from './sync/sync-engine';
import type { SyncStatus } from './sync/sync-status';
import { createTokenRotation } from './sync/token-rotation';
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
  /** The app lock and encryption at rest; sync runs only while it is off or unlocked. */
  lock: AppLock;
  lockState: Feed<LockState>;
  /** The organization requires an app lock: with none set here, screens show only how to set one. */
  appLockRequired: Feed<boolean>;
  /** The review list's search text: kept in memory, never in the address (it names clients). */
  reviewSearch: Feed<string>;
  /** True while the token stored before the lock was turned on still waits to be rotated. */
  rotationPending: Feed<boolean>;
  /** The newest edit the device refused to save, until the person dismisses the notice. */
  editRefusal: Feed<EditRefusedError | undefined>;
  /** Reads the lock's state, then loads the session and starts syncing unless locked. */
  start: () => Promise<void>;
}

/** Asks once, on the first real save, that the browser keep this site's data under storage pressure. */
async function requestPersistentStorage(store: IndexedDbStore): Promise<void> {
  if ((await store.getMeta(META.persistRequested)) !== undefined) return;
  const isPersisted = await store.persist().catch(() => false);
  await store.setMeta(META.persistRequested, { at: Date.now(), isPersisted });
}

/** The device store on a codec that is plain until a passphrase is set, then encrypting. */
function createDeviceStore(onVersionChange: () => void) {
  const codec = createSwitchableCodec(plainCodec);
  const store = createIndexedDbStore({ codec, sealedMetaKeys: SEALED_META_KEYS, onVersionChange });
  return { codec, store };
}

/** Sync runs, and the session is read, only while the device is unlocked or has no lock. */
function followLockState(parts: {
  sync: SyncController;
  engine: SyncEngine;
  session: SessionManager;
  currentSession: Feed<Session | undefined>;
  lockState: Feed<LockState>;
  listsToRead: readonly EntityName[];
  /** Reads whether the organization requires a lock, before the screens open. */
  readLockRequirement: () => Promise<void>;
}): (state: LockState) => void {
  let latest: LockState | undefined;
  return (state) => {
    latest = state;
    if (state === 'off' || state === 'unlocked') {
      // The opening screen's lists are read alongside the session, so it paints once, complete.
      const lists = parts.listsToRead.map((entity) => parts.engine.listRecords(entity));
      // The screens open with the session known, so none reads its records twice (once without
      // the person, once with), unless the lock changed again meanwhile.
      const read = parts.session.current().catch(() => undefined);
      // No screen opens before it is known whether it may show records at all.
      const required = parts.readLockRequirement();
      void Promise.all([read, required]).then(([session]) => {
        parts.currentSession.set(session);
        if (latest === state) parts.lockState.set(state);
      });
      // Syncing starts once that screen has its records and has rendered (a task later), so its
      // reads and requests do not hold the first screen up.
      void Promise.allSettled([read, ...lists]).then(() =>
        setTimeout(() => {
          if (latest === state) parts.sync.start();
        }, 0),
      );
      return;
    }
    if (state === 'locked') {
      parts.sync.stop();
      // No record stays readable in memory while the device is locked.
      parts.engine.forgetRecords();
    }
    parts.lockState.set(state);
  };
}

/** Builds the running app's services for this browser. */
export function createAppServices(options: {
  version: string;
  onVersionChange: () => void;
  /** The entities the opening screen lists, read as soon as the device is open. */
  listsToReadOnOpen?: readonly EntityName[];
}): AppServices {
  const { codec, store } = createDeviceStore(options.onVersionChange);
  const now = () => Date.now();
  const timers = {
    setTimeout: (callback: () => void, ms: number) => window.setTimeout(callback, ms),
    clearTimeout: (id: number) => window.clearTimeout(id),
  };
  const fetchFunction: typeof fetch = (input, init) => fetch(input, init);
  const session = createSessionManager(store, now, fetchFunction);
  const rotationPending = createFeed(false);
  const rotation = createTokenRotation({
    store,
    fetchFunction,
    now,
    onPending: rotationPending.set,
  });
  const transport = createHttpTransport({ getToken: session.token });
  const syncStatus = createFeed<SyncStatus | undefined>(undefined);
  const recordsVersion = createFeed(0);
  const editRefusal = createFeed<EditRefusedError | undefined>(undefined);
  // A tap's edit is started without waiting for it (`void engine.edit(...)`); its refusal is
  // shown by the notice, so it is not also an unhandled error.
  window.addEventListener('unhandledrejection', (event) => {
    if (event.reason instanceof EditRefusedError) event.preventDefault();
  });
  let controller: SyncController | undefined;
  const engine = createSyncEngine({
    store,
    transport,
    now,
    newDeviceId: () => crypto.randomUUID(),
    newEditKey: () => crypto.randomUUID(),
    onLocalEdit: () => {
      controller?.afterLocalEdit();
      void requestPersistentStorage(store);
    },
    onRecordsChanged: () => recordsVersion.set(recordsVersion.get() + 1),
    onEditRefused: editRefusal.set,
  });
  controller = createSyncController({
    store,
    engine,
    transport,
    timers,
    random: Math.random,
    events: { window, document },
    onStatus: syncStatus.set,
    beforeSync: rotation.rotateIfPending,
  });
  const currentSession = createFeed<Session | undefined>(undefined);
  const lockState = createFeed<LockState>('starting');
  const appLockRequired = createFeed(false);
  const requirement = followLockRequirement({ engine, recordsVersion, required: appLockRequired });
  const onState = followLockState({
    engine,
    sync: controller,
    session,
    currentSession,
    lockState,
    listsToRead: options.listsToReadOnOpen ?? [],
    readLockRequirement: requirement.refresh,
  });
  const lock = createAppLock({
    store,
    codec,
    now,
    timers,
    events: document,
    onState: (state) => {
      onState(state);
      if (state === 'unlocked') void rotation.refresh().catch(() => undefined);
    },
    channel: broadcastLockChannel(),
    deviceKeys: webAuthnDeviceKeys,
    // The token was stored in clear before the lock was on: end it now, or at the next connection.
    onSealed: async () => {
      await rotation.markPending();
      void rotation.rotateIfPending().catch(() => undefined);
    },
  });
  return {
    store,
    engine,
    sync: controller,
    session,
    transport,
    version: options.version,
    syncStatus,
    currentSession,
    recordsVersion,
    now,
    newId: createIdMaker(now, (count) => crypto.getRandomValues(new Uint8Array(count))),
    lock,
    lockState,
    appLockRequired,
    rotationPending,
    editRefusal,
    reviewSearch: createFeed(''),
    start: lock.initialize,
  };
}
