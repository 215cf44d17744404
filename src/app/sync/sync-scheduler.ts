// When to sync: now, on `online`, when the app becomes visible, on a timer, on demand; backing off
// with jitter after failures so a fleet of tablets does not hammer a recovering server.
import { nextRetryDelayMs } from '../../sync/backoff';

export interface SchedulerTimers {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface SyncSchedulerOptions {
  /** One sync; resolves true on success, false on a failure worth retrying later. */
  run: () => Promise<boolean>;
  timers: SchedulerTimers;
  random: () => number;
  /** The pause between syncs while all is well. */
  intervalMs: number;
  /** Where `online` and `visibilitychange` come from (window and document in the app). */
  events?: {
    window: Pick<Window, 'addEventListener' | 'removeEventListener'>;
    document: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
  };
}

export const SYNC_INTERVAL_MS = 60_000;
/** A local edit is sent this soon after it is made, so a connected tablet stays in step. */
export const AFTER_EDIT_DELAY_MS = 1_500;

/** Runs `run` one at a time at the right moments; `trigger` asks for a sync now. */
export function createSyncScheduler(options: SyncSchedulerOptions) {
  const { timers } = options;
  let timer: number | undefined;
  let isRunning = false;
  let isRequestedAgain = false;
  let failures = 0;
  let isStopped = true;

  const schedule = (delayMs: number) => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = isStopped ? undefined : timers.setTimeout(() => void trigger(), delayMs);
  };

  async function trigger(): Promise<void> {
    if (isRunning) {
      isRequestedAgain = true;
      return;
    }
    isRunning = true;
    const isSuccess = await options.run().catch(() => false);
    isRunning = false;
    failures = isSuccess ? 0 : failures + 1;
    if (isRequestedAgain) {
      isRequestedAgain = false;
      return trigger();
    }
    schedule(isSuccess ? options.intervalMs : nextRetryDelayMs(failures - 1, options.random));
  }

  const onOnline = () => {
    failures = 0;
    void trigger();
  };
  const onVisibility = () => {
    if (options.events?.document.visibilityState === 'visible') void trigger();
  };

  return {
    trigger,
    /** Asks for a sync shortly (after a local edit), unless one is due sooner. */
    soon: () => schedule(AFTER_EDIT_DELAY_MS),
    start() {
      isStopped = false;
      options.events?.window.addEventListener('online', onOnline);
      options.events?.document.addEventListener('visibilitychange', onVisibility);
      void trigger();
    },
    stop() {
      isStopped = true;
      if (timer !== undefined) timers.clearTimeout(timer);
      options.events?.window.removeEventListener('online', onOnline);
      options.events?.document.removeEventListener('visibilitychange', onVisibility);
    },
    /** Consecutive failures so far; 0 after a success. */
    failures: () => failures,
  };
}

export type SyncScheduler = ReturnType<typeof createSyncScheduler>;
