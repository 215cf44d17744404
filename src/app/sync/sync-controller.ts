// Puts the sync together for the app: the engine, photo uploads, the scheduler and the status.
import type { LocalStore } from '../store/local-store';
import { type UploadProgress, uploadPendingPhotos } from './photo-sync';
import type { SyncEngine } from './sync-engine';
import { createSyncScheduler, type SchedulerTimers, SYNC_INTERVAL_MS } from './sync-scheduler';
import { readStoredStatus, type SyncOutcome, type SyncStatus } from './sync-status';
import { type ServerTransport, TransportError } from './transport';

export interface SyncControllerOptions {
  store: LocalStore;
  engine: SyncEngine;
  transport: ServerTransport;
  timers: SchedulerTimers;
  random: () => number;
  events?: Parameters<typeof createSyncScheduler>[0]['events'];
  onStatus: (status: SyncStatus) => void;
  /** Runs before each sync (a token rotation that waits for a connection); its failure is ignored. */
  beforeSync?: () => Promise<unknown>;
}

function outcomeOf(error: unknown): SyncOutcome {
  if (error instanceof TransportError) return { kind: error.failure, message: error.message };
  return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
}

/** Creates the controller; `start` begins syncing on the scheduler's triggers. */
export function createSyncController(options: SyncControllerOptions) {
  let isSyncing = false;
  let outcome: SyncOutcome = { kind: 'never' };
  let upload: UploadProgress | undefined;

  async function publish(): Promise<void> {
    const stored = await readStoredStatus(options.store);
    options.onStatus({ ...stored, isSyncing, outcome, upload });
  }

  async function run(): Promise<boolean> {
    isSyncing = true;
    void publish();
    await options.beforeSync?.().catch(() => undefined);
    try {
      await options.engine.syncRecords();
      await uploadPendingPhotos(options.store, options.transport, (progress) => {
        upload = progress;
        void publish();
      });
      outcome = { kind: 'ok' };
    } catch (error) {
      outcome = outcomeOf(error);
    } finally {
      isSyncing = false;
      upload = undefined;
      await publish();
    }
    return outcome.kind === 'ok';
  }

  const scheduler = createSyncScheduler({
    run,
    timers: options.timers,
    random: options.random,
    intervalMs: SYNC_INTERVAL_MS,
    events: options.events,
  });

  return {
    start: scheduler.start,
    stop: scheduler.stop,
    /** The "Sync now" button. */
    syncNow: () => scheduler.trigger(),
    /** After a local edit: show it as pending now, and send it shortly. */
    afterLocalEdit() {
      void publish();
      scheduler.soon();
    },
    refresh: publish,
  };
}

export type SyncController = ReturnType<typeof createSyncController>;
