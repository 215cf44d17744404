// When the device syncs: at start, on `online`, on becoming visible, on a timer, backing off after failures.
import { describe, expect, it } from 'vitest';
import { createSyncScheduler, SYNC_INTERVAL_MS } from '../../src/app/sync/sync-scheduler';
import { RETRY_BASE_DELAY_MS } from '../../src/sync/backoff';

function fakeTimers() {
  const pending = new Map<number, { callback: () => void; ms: number }>();
  let nextId = 1;
  return {
    pending,
    setTimeout(callback: () => void, ms: number) {
      pending.set(nextId, { callback, ms });
      return nextId++;
    },
    clearTimeout(id: number) {
      pending.delete(id);
    },
    /** Fires the one scheduled timer and returns the delay it was set for. */
    fire(): number {
      const [id, timer] = [...pending.entries()][0] ?? [];
      if (id === undefined || timer === undefined) throw new Error('No timer is scheduled.');
      pending.delete(id);
      timer.callback();
      return timer.ms;
    },
  };
}

function fakeEvents() {
  const listeners = new Map<string, () => void>();
  const target = {
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  const document = { ...target, visibilityState: 'visible' as DocumentVisibilityState };
  return {
    window: target as unknown as Window,
    document: document as unknown as Document,
    fire: (type: string) => listeners.get(type)?.(),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function start(results: boolean[]) {
  const timers = fakeTimers();
  const events = fakeEvents();
  let runs = 0;
  const scheduler = createSyncScheduler({
    run: async () => results[runs++] ?? true,
    timers,
    random: () => 0.999,
    intervalMs: SYNC_INTERVAL_MS,
    events,
  });
  scheduler.start();
  return { scheduler, timers, events, runs: () => runs };
}

describe('the sync scheduler', () => {
  it('syncs at once when started, then again after the interval', async () => {
    const { timers, runs } = start([true]);
    await settle();
    expect(runs()).toBe(1);
    expect(timers.fire()).toBe(SYNC_INTERVAL_MS);
    await settle();
    expect(runs()).toBe(2);
  });

  it('backs off with growing delays after failures, capped by the jitter ceiling', async () => {
    const { timers } = start([false, false, false]);
    await settle();
    const first = timers.fire();
    await settle();
    const second = timers.fire();
    await settle();
    expect(first).toBeLessThan(RETRY_BASE_DELAY_MS);
    expect(second).toBeGreaterThan(first);
    expect(timers.fire()).toBeGreaterThan(second);
  });

  it('syncs when the browser says it is online again and when the app becomes visible', async () => {
    const { events, runs } = start([true, true, true]);
    await settle();
    events.fire('online');
    await settle();
    events.fire('visibilitychange');
    await settle();
    expect(runs()).toBe(3);
  });

  it('runs one sync at a time, and once more if asked while running', async () => {
    const { scheduler, runs } = start([true, true, true]);
    void scheduler.trigger();
    void scheduler.trigger();
    await settle();
    await settle();
    expect(runs()).toBe(2);
  });

  it('stops listening and scheduling when stopped', async () => {
    const { scheduler, timers, events, runs } = start([true]);
    await settle();
    scheduler.stop();
    events.fire('online');
    await settle();
    expect(runs()).toBe(1);
    expect(timers.pending.size).toBe(0);
  });
});
