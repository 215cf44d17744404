// What the person sees of sync: a state in words, what waits on this device, and what needs a decision.

import type { FieldValue } from '../../domain/entities';
import { type Conflict, restoreRecord } from '../../domain/records';
import type { Patch } from '../../sync/protocol';
import type { LocalRecord } from '../../sync/replica';
import type { LocalStore } from '../store/local-store';
import { META } from '../store/meta-keys';
import type { UploadProgress } from './photo-sync';
import type { RejectedEdit } from './sync-engine';
import type { TransportFailure } from './transport';

/** How the last sync attempt ended. */
export type SyncOutcome =
  | { kind: 'never' }
  | { kind: 'ok' }
  | { kind: TransportFailure | 'error'; message: string };

export interface SyncStatus {
  isSyncing: boolean;
  outcome: SyncOutcome;
  pendingEdits: number;
  /** The device clock time of the oldest edit the server has not confirmed. */
  oldestPendingAt: number | undefined;
  photosWaiting: number;
  lastSyncAt: number | undefined;
  upload: UploadProgress | undefined;
  rejectedEdits: RejectedEdit[];
  conflicts: Conflict[];
}

/** Reads the counts and lists of the status from the device store. */
export async function readStoredStatus(
  store: LocalStore,
): Promise<Omit<SyncStatus, 'isSyncing' | 'outcome' | 'upload'>> {
  const first = await store.firstOutboxEntry();
  const oldest = first === undefined ? undefined : (first.value as Patch).at;
  const conflicts = ((await store.listRecords('conflict')) as LocalRecord[])
    .map((record) => restoreRecord('conflict', record.id, record.fields))
    .filter((record) => record.fields.resolved !== true && record.fields.deleted !== true);
  return {
    pendingEdits: await store.countOutbox(),
    oldestPendingAt: oldest,
    photosWaiting: (await store.listBlobsToUpload()).length,
    lastSyncAt: await store.getMeta(META.lastSyncAt),
    rejectedEdits: (await store.getMeta(META.rejectedEdits)) ?? [],
    conflicts,
  };
}

/**
 * The status in a few words, for the top bar: synced, pending N edits, offline, the server
 * unavailable or full (both retried), or the error.
 */
export function describeSyncState(status: SyncStatus): string {
  const waiting = status.pendingEdits + status.photosWaiting;
  const pending = status.pendingEdits === 1 ? '1 edit' : `${status.pendingEdits} edits`;
  // A retry while offline or unavailable keeps saying so rather than flickering to "Syncing…".
  const isRetrying = status.outcome.kind === 'offline' || status.outcome.kind === 'unavailable';
  if (status.isSyncing && !isRetrying)
    return status.upload
      ? `Uploading photos (${status.upload.photosDone} of ${status.upload.photosTotal})`
      : 'Syncing…';
  switch (status.outcome.kind) {
    case 'signed-out':
      return waiting > 0 ? `Sign in to sync ${pending}` : 'Sign in to sync';
    case 'offline':
      return waiting > 0 ? `Offline: ${pending} saved on this device` : 'Offline';
    case 'unavailable':
      // The scheduler retries with back-off; nothing is asked of the person.
      return status.pendingEdits > 0
        ? `${status.outcome.message}: ${pending} saved on this device`
        : `${status.outcome.message}; will retry`;
    case 'server':
    case 'refused':
    case 'error':
      return `Sync failed: ${status.outcome.message}`;
    default:
      if (status.pendingEdits > 0) return `Pending: ${pending}`;
      if (status.photosWaiting > 0) return `Pending: ${status.photosWaiting} photo(s)`;
      return status.outcome.kind === 'ok' ? 'Synced' : 'Not synced yet';
  }
}

/** "3 minutes ago", "2 hours ago", "yesterday", or a date, for the last sync and oldest edit. */
export function describeAge(thenMs: number, nowMs: number): string {
  const minutes = Math.floor((nowMs - thenMs) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return minutes === 1 ? '1 minute ago' : `${minutes} minutes ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return hours === 1 ? '1 hour ago' : `${hours} hours ago`;
  const days = Math.floor(hours / 24);
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

/** Who made a value, as the person reading it would say: themselves here or elsewhere, or a colleague. */
export function describeWriter(
  userId: FieldValue | undefined,
  deviceId: FieldValue | undefined,
  me: { userId: string | undefined; deviceId: string | undefined },
): string {
  if (userId === undefined || userId === null) return 'by an unknown person';
  if (userId !== me.userId) return 'by a colleague';
  return deviceId === me.deviceId ? 'by you on this device' : 'by you on another device';
}
