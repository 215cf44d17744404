// What the visit benchmark installs in every page before the page's own scripts: when a finding's
// IndexedDB transaction commits, when the last tap began, Event Timing entries, and when the
// page became usable.
import type { BrowserContext, Page } from '@playwright/test';

export interface FindingCommit {
  id: string;
  atMs: number;
}

export interface InteractionEntry {
  interactionId: number;
  durationMs: number;
  startMs: number;
}

/** The probe's state in the page, as `window.__visitProbe`. */
export interface VisitProbeState {
  /** `performance.now()` when `readySelector` first matched `readyCount` elements. */
  readyAtMs: number | undefined;
  /** The event time of the newest pointerdown. */
  lastTapMs: number;
  commits: FindingCommit[];
  interactions: InteractionEntry[];
  openTransactions: number;
  lastStorageActivityMs: number;
}

export interface VisitProbeOptions {
  readySelector: string;
  readyCount: number;
}

interface ProbeWindow {
  __visitProbe: VisitProbeState;
}

/**
 * Runs in the page. Written with anonymous functions only: tsx compiles with keepNames, whose
 * `__name` helper does not exist in the page (the init script defines a stand-in all the same).
 */
function installVisitProbes(options: VisitProbeOptions): void {
  const probe: VisitProbeState = {
    readyAtMs: undefined,
    lastTapMs: Number.NaN,
    commits: [],
    interactions: [],
    openTransactions: 0,
    lastStorageActivityMs: 0,
  };
  (window as unknown as ProbeWindow).__visitProbe = probe;
  new MutationObserver((_records, observer) => {
    if (document.querySelectorAll(options.readySelector).length < options.readyCount) return;
    probe.readyAtMs = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
  window.addEventListener(
    'pointerdown',
    (event) => {
      probe.lastTapMs = event.timeStamp;
    },
    { capture: true },
  );
  // The findings each open transaction writes. The commit is timed by a listener registered as
  // the transaction is made, so it runs before the app's own: what the app does once it hears of
  // the commit (re-rendering the screen) is not counted as committing.
  const findingsWritten = new WeakMap<IDBTransaction, string[]>();
  const openTransaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args) {
    const transaction = openTransaction.apply(this, args);
    probe.openTransactions += 1;
    probe.lastStorageActivityMs = performance.now();
    findingsWritten.set(transaction, []);
    transaction.addEventListener('complete', () => {
      const atMs = performance.now();
      for (const id of findingsWritten.get(transaction) ?? []) probe.commits.push({ id, atMs });
    });
    for (const ending of ['complete', 'abort']) {
      transaction.addEventListener(ending, () => {
        probe.openTransactions -= 1;
        probe.lastStorageActivityMs = performance.now();
      });
    }
    return transaction;
  };
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key) {
    const request = put.call(this, value, key);
    const row = value as { entity?: unknown; id?: unknown } | undefined;
    if (this.name === 'records' && row?.entity === 'finding') {
      findingsWritten.get(this.transaction)?.push(String(row.id));
    }
    return request;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { interactionId?: number })[]) {
      const interactionId = entry.interactionId ?? 0;
      if (interactionId === 0) continue;
      probe.interactions.push({
        interactionId,
        durationMs: entry.duration,
        startMs: entry.startTime,
      });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

/** Installs the probes in every page the context opens from now on. */
export async function addVisitProbes(
  context: BrowserContext,
  options: VisitProbeOptions,
): Promise<void> {
  const nameStandIn = 'var __name = globalThis.__name || ((target) => target);';
  await context.addInitScript({
    content: `${nameStandIn}\n(${installVisitProbes.toString()})(${JSON.stringify(options)});`,
  });
}

/** The page's probe state (a copy). */
export function readProbe(page: Page): Promise<VisitProbeState> {
  return page.evaluate(() => (window as unknown as ProbeWindow).__visitProbe);
}

/** Waits until the page became usable and returns when that was, in ms after navigation start. */
export async function waitForReadyMs(page: Page, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as unknown as ProbeWindow).__visitProbe.readyAtMs,
    undefined,
    { timeout: timeoutMs },
  );
  return (await handle.jsonValue()) as number;
}

/** Waits until no IndexedDB transaction has been open for `quietMs` (the page has settled). */
export async function waitForStorageQuiet(page: Page, quietMs: number): Promise<void> {
  await page.waitForFunction(
    (quiet) => {
      const probe = (window as unknown as ProbeWindow).__visitProbe;
      return (
        probe.openTransactions === 0 && performance.now() - probe.lastStorageActivityMs > quiet
      );
    },
    quietMs,
    { polling: 20 },
  );
}

/**
 * Waits for the finding's record to commit after the newest tap and returns the time from the
 * tap's pointerdown to that commit.
 */
export async function waitForFindingCommitMs(page: Page, findingId: string): Promise<number> {
  const handle = await page.waitForFunction(
    (id) => {
      const probe = (window as unknown as ProbeWindow).__visitProbe;
      const commit = probe.commits.find(
        (candidate) => candidate.id === id && candidate.atMs > probe.lastTapMs,
      );
      return commit === undefined ? undefined : commit.atMs - probe.lastTapMs;
    },
    findingId,
    { polling: 10 },
  );
  return (await handle.jsonValue()) as number;
}
