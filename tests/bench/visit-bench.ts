import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { derivedId } from '../../src/domain/ids';
import {
  describeRatio,
  formatMs,
  median,
  percentile,
  runReported,
  targetWords,
} from './support/bench-report';
import { IDB_LIST_PAGE_DIR, startBlankPageServer } from './support/blank-preact/blank-page-server';
import { withServedApp } from './support/served-app';
import {
  addVisitProbes,
  readProbe,
  waitForFindingCommitMs,
  waitForReadyMs,
  waitForStorageQuiet,
} from './support/visit-probes';
import {
  FINDINGS_PER_VISIT,
  readAdultHomeChecklist,
  SEEDED_VISIT_COUNT,
  type SeededVisit,
  seedVisits,
} from './support/visit-seed';

const CPU_SLOWDOWN_RATE = 4;
const WARM_UP_TAP_COUNT = 2;
const TAP_COUNT = 40;
const START_SAMPLE_COUNT = 15;
const TAP_COMMIT_TARGET_P95_MS = 50;
const NEXT_PAINT_TARGET_P95_MS = 100;
const OFFLINE_START_TARGET_RATIO = 1.5;
/** The smallest duration Event Timing reports; a shorter interaction is counted at this. */
const EVENT_THRESHOLD_MS = 16;
const STORAGE_QUIET_MS = 100;
const READY_TIMEOUT_MS = 60_000;
const TABLET_VIEWPORT = { width: 800, height: 1280 };
const VISIT_LINKS = 'ul[aria-label="Visits"] a';
const ANSWER_LABELS = ['OK', 'Barrier', 'Not applicable'] as const;

const _root = join(import.meta.dirname, '..', '..');

interface TapFigures {
  commitMs: number[];
  nextPaintMs: number[];
  underThresholdCount: number;
}

async function throttledPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN_RATE });
  return page;
}

/** Loads the app once (database made, service worker in control), seeds it and reloads it. */
async function seededAppContext(browser: Browser, baseUrl: string) {
  const context = await browser.newContext({ viewport: TABLET_VIEWPORT });
  await addVisitProbes(context, { readySelector: VISIT_LINKS, readyCount: SEEDED_VISIT_COUNT });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/visits`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByText('No visits on this device yet.').waitFor();
  const visits = await seedVisits(page, readAdultHomeChecklist());
  await page.reload();
  await waitForReadyMs(page, READY_TIMEOUT_MS);
  await page.close();
  return { context, visits };
}

/**
 * Loads a reference page once online, so its service worker controls it and holds its files (and
 * the IndexedDB list page has made its database), ready when `readySelector` matches.
 */
async function referenceContext(
  browser: Browser,
  baseUrl: string,
  ready: { readySelector: string; readyCount: number },
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: TABLET_VIEWPORT });
  await addVisitProbes(context, ready);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await waitForReadyMs(page, READY_TIMEOUT_MS);
  await page.close();
  return context;
}

/** Opens `url` in a new throttled page; the time from navigation start until it is usable. */
async function timedStartMs(context: BrowserContext, url: string): Promise<number> {
  const page = await throttledPage(context);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    return await waitForReadyMs(page, READY_TIMEOUT_MS);
  } finally {
    await page.close();
  }
}

interface StartedPage {
  context: BrowserContext;
  url: string;
}

/** Offline starts of a page and the blank page in turn; the first pair only warms up. */
async function measureOfflineStarts(page: StartedPage, blank: StartedPage) {
  const pageMs: number[] = [];
  const blankMs: number[] = [];
  for (let sample = 0; sample <= START_SAMPLE_COUNT; sample += 1) {
    const pageStartMs = await timedStartMs(page.context, page.url);
    const blankStartMs = await timedStartMs(blank.context, blank.url);
    if (sample === 0) continue;
    pageMs.push(pageStartMs);
    blankMs.push(blankStartMs);
  }
  return { pageMs: median(pageMs), blankMs: median(blankMs) };
}

function answerButton(page: Page, label: string, isPressed?: boolean) {
  return page
    .getByRole('group', { name: 'Answer' })
    .getByRole('button', { name: label, exact: true, pressed: isPressed });
}

/** The answer to tap: cycles through the three, skipping the one already chosen. */
async function answerToTap(page: Page, tapIndex: number): Promise<string> {
  for (let offset = 0; offset < ANSWER_LABELS.length; offset += 1) {
    const label = ANSWER_LABELS[(tapIndex + offset) % ANSWER_LABELS.length] ?? 'OK';
    if ((await answerButton(page, label).getAttribute('aria-pressed')) !== 'true') return label;
  }
  throw new Error('Every answer button is pressed.');
}

/** The rooms' items in order, as far as the taps need. */
function tapSteps(visit: SeededVisit, count: number) {
  return visit.rooms
    .flatMap((room) => room.items.map((item, itemIndex) => ({ room, item, itemIndex })))
    .slice(0, count);
}

/** Each longest Event Timing entry per interaction since `sinceMs`, padded to `madeCount`. */
async function nextPaintDurations(page: Page, sinceMs: number, madeCount: number) {
  const probe = await readProbe(page);
  const longest = new Map<number, number>();
  for (const entry of probe.interactions) {
    if (entry.startMs < sinceMs) continue;
    longest.set(
      entry.interactionId,
      Math.max(longest.get(entry.interactionId) ?? 0, entry.durationMs),
    );
  }
  const underThresholdCount = Math.max(0, madeCount - longest.size);
  const durations = [...longest.values(), ...Array(underThresholdCount).fill(EVENT_THRESHOLD_MS)];
  return { durations, underThresholdCount };
}

/**
 * Walks the first rooms of a seeded visit item by item, tapping an answer on each and timing it
 * from the pointerdown to the commit of the finding's record.
 */
async function measureTaps(context: BrowserContext, baseUrl: string, visit: SeededVisit) {
  const page = await throttledPage(context);
  const steps = tapSteps(visit, WARM_UP_TAP_COUNT + TAP_COUNT);
  const first = steps[0];
  if (steps.length < WARM_UP_TAP_COUNT + TAP_COUNT || first === undefined)
    throw new Error('The seeded visit has too few items.');
  await page.goto(
    `${baseUrl}/visits/${visit.id}/rooms/${first.room.id}?item=${encodeURIComponent(first.item.id)}`,
  );
  const commitMs: number[] = [];
  let sinceMs = 0;
  let madeCount = 0;
  for (const [index, step] of steps.entries()) {
    const isMeasured = index >= WARM_UP_TAP_COUNT;
    if (index === WARM_UP_TAP_COUNT) sinceMs = await page.evaluate(() => performance.now());
    if (index > 0 && step.room !== steps[index - 1]?.room) {
      await page.getByRole('combobox', { name: 'Room', exact: true }).selectOption(step.room.id);
    } else if (index > 0) {
      await page
        .getByRole('list', { name: 'Items in this room' })
        .getByRole('link')
        .nth(step.itemIndex)
        .click();
      if (isMeasured) madeCount += 1;
    }
    await page.getByRole('heading', { level: 2, name: step.item.prompt, exact: true }).waitFor();
    await waitForStorageQuiet(page, STORAGE_QUIET_MS);
    const label = await answerToTap(page, index);
    await answerButton(page, label).click();
    const tapToCommitMs = await waitForFindingCommitMs(
      page,
      derivedId('finding', step.room.id, step.item.id),
    );
    await answerButton(page, label, true).waitFor();
    if (!isMeasured) continue;
    madeCount += 1;
    commitMs.push(tapToCommitMs);
  }
  await waitForStorageQuiet(page, STORAGE_QUIET_MS * 3);
  const nextPaint = await nextPaintDurations(page, sinceMs, madeCount);
  await page.close();
  return {
    commitMs,
    nextPaintMs: nextPaint.durations,
    underThresholdCount: nextPaint.underThresholdCount,
  };
}

function printTaps(taps: TapFigures): void {
  const commitP95 = percentile(taps.commitMs, 0.95);
  const paintP95 = percentile(taps.nextPaintMs, 0.95);
  console.log(
    `  tap to commit       median ${formatMs(median(taps.commitMs))}, p95 ${formatMs(commitP95)} over ${taps.commitMs.length} taps (target p95 at most ${TAP_COMMIT_TARGET_P95_MS} ms: ${targetWords(commitP95, TAP_COMMIT_TARGET_P95_MS)})`,
  );
  console.log(
    `  next paint (INP)    p95 ${formatMs(paintP95)} over ${taps.nextPaintMs.length} interactions on the item screen (target at most ${NEXT_PAINT_TARGET_P95_MS} ms: ${targetWords(paintP95, NEXT_PAINT_TARGET_P95_MS)})`,
  );
  console.log(
    `                      approximate: the longest Event Timing entry of each tap and item change; ${taps.underThresholdCount} under ${EVENT_THRESHOLD_MS} ms counted as ${EVENT_THRESHOLD_MS} ms`,
  );
}

type StartFigures = Awaited<ReturnType<typeof measureOfflineStarts>>;

/**
 * The app against the blank page (the target), then the IndexedDB list page against the blank
 * page, measured in a round of its own so that it does not change the first figures.
 */
function printOfflineStart(app: StartFigures, idbList: StartFigures): void {
  const appRatio = app.pageMs / app.blankMs;
  const idbListRatio = idbList.pageMs / idbList.blankMs;
  console.log(
    `  offline start       visit list usable ${formatMs(app.pageMs)}, blank Preact page ${formatMs(app.blankMs)} (medians of ${START_SAMPLE_COUNT} new pages)`,
  );
  console.log(`  offline start ratio ${describeRatio(appRatio, OFFLINE_START_TARGET_RATIO)}`);
  console.log(
    `  IndexedDB floor     ${idbListRatio.toFixed(2)}: a page that only reads 50 visits from IndexedDB and lists them, ${formatMs(idbList.pageMs)} against ${formatMs(idbList.blankMs)}`,
  );
}

async function runVisit(): Promise<void> {
  await withServedApp('visit', async ({ baseUrl, browser, onCleanup }) => {
    const blank = await startBlankPageServer();
    onCleanup(blank.stop);
    const idbList = await startBlankPageServer(IDB_LIST_PAGE_DIR);
    onCleanup(idbList.stop);
    const app = await seededAppContext(browser, baseUrl);
    const reference = await referenceContext(browser, blank.baseUrl, {
      readySelector: 'h1',
      readyCount: 1,
    });
    const idbReference = await referenceContext(browser, idbList.baseUrl, {
      readySelector: VISIT_LINKS,
      readyCount: SEEDED_VISIT_COUNT,
    });
    for (const context of [app.context, reference, idbReference]) await context.setOffline(true);
    const visit = app.visits[0];
    if (visit === undefined) throw new Error('No visit was seeded.');
    const taps = await measureTaps(app.context, baseUrl, visit);
    printTaps(taps);
    const blankPage = { context: reference, url: `${blank.baseUrl}/` };
    const appStart = await measureOfflineStarts(
      { context: app.context, url: `${baseUrl}/visits` },
      blankPage,
    );
    const idbListStart = await measureOfflineStarts(
      { context: idbReference, url: `${idbList.baseUrl}/` },
      blankPage,
    );
    printOfflineStart(appStart, idbListStart);
  });
}

/** Prints tap-to-commit, interaction to next paint and the offline start ratio of the visit app. */
export async function runVisitBenchmarks(): Promise<void> {
  console.log(
    `visit (Chromium, CPU ${CPU_SLOWDOWN_RATE}x slower, ${SEEDED_VISIT_COUNT} visits of ${FINDINGS_PER_VISIT} findings on the device)`,
  );
  await runReported(runVisit);
}
