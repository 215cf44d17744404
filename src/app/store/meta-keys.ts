// Every value the device keeps in its `meta` store, declared once: its key, what it holds, and
// whether it is sealed with the records while the app lock is on (it names a client or is a secret).
import type { UnitSystem } from '../../domain/units';
import type { Session } from '../sync/session';
import type { RejectedEdit } from '../sync/sync-engine';

/** The meta keys, by what they are for. */
export const META = {
  /** The signed-in user and their token. */
  session: 'auth.session',
  /** The organization whose records this device holds, set by the first sign-in. */
  organizationId: 'auth.organizationId',
  /** The user this device's sync id belongs to (the server binds an id to its first user). */
  deviceUserId: 'auth.deviceUserId',
  /** Tokens signed out while offline, ended at the next sign-in. */
  logoutPending: 'auth.logoutPending',
  /** Set when the lock is turned on, until the token stored before it is rotated. */
  rotationPending: 'auth.rotationPending',
  deviceId: 'sync.deviceId',
  /** The highest change seq the device has applied. */
  cursor: 'sync.cursor',
  /** The highest device seq the server has processed. */
  ackedSeq: 'sync.ackedSeq',
  /** The highest outbox seq taken for sending: an entry up to it is never rewritten. */
  sentThrough: 'sync.sentThrough',
  snapshotInProgress: 'sync.snapshotInProgress',
  lastSyncAt: 'sync.lastSyncAt',
  rejectedEdits: 'sync.rejectedEdits',
  /** The data key wrapped by the passphrase (read through `restoreKeyring`). */
  keyring: 'security.keyring',
  idleMinutes: 'security.idleMinutes',
  failedUnlocks: 'security.failedUnlocks',
  isResealComplete: 'security.isResealComplete',
  /** The review list's rows and counts as JSON text, stamped with the cursor and device seq. */
  reviewIndex: 'review.index',
  /** This device's units until the person's synced setting says otherwise. */
  units: 'units',
  persistRequested: 'storage.persistRequested',
  /** Written last when a store generation is complete (see store-location.ts). */
  storeComplete: 'store.isComplete',
} as const;

/** Failed unlocks so far and when the last one was, for the wait before the next try. */
export interface FailedUnlocks {
  count: number;
  lastAt: number;
}

/** What each meta key holds. Values read back are the app's own writes on this device. */
export interface MetaValues {
  [META.session]: Session;
  [META.organizationId]: string;
  [META.deviceUserId]: string;
  [META.logoutPending]: string[];
  [META.rotationPending]: { since: number };
  [META.deviceId]: string;
  [META.cursor]: number;
  [META.ackedSeq]: number;
  [META.sentThrough]: number;
  [META.snapshotInProgress]: boolean;
  [META.lastSyncAt]: number;
  [META.rejectedEdits]: RejectedEdit[];
  /** Checked by `restoreKeyring` on every read: an old or damaged one is no keyring. */
  [META.keyring]: unknown;
  [META.idleMinutes]: number;
  [META.failedUnlocks]: FailedUnlocks;
  [META.isResealComplete]: boolean;
  [META.reviewIndex]: string;
  [META.units]: UnitSystem;
  [META.persistRequested]: { at: number; isPersisted: boolean };
  [META.storeComplete]: true;
}

export type MetaKey = keyof MetaValues;

/** Meta values sealed with the records once the lock is on: they name clients or are secrets. */
export const SEALED_META_KEYS: readonly MetaKey[] = [
  META.session,
  META.logoutPending,
  META.rotationPending,
  META.rejectedEdits,
  META.reviewIndex,
];
