// Review list benchmark in Chromium with the CPU 4x slower: from navigation to the first page of
// rows with 100 and with 10,000 assessments on the device (each with its client's share, rooms and
// findings), the ratio of the two, and when the barrier counts fill in behind the rows.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { FieldValues } from '../../src/domain/entities';
import { createIdMaker, type RecordId } from '../../src/domain/ids';
import { putRows } from '../e2e/support/device-database';
import { formatCount, formatMs, median, runReported, targetWords } from './support/bench-report';
import { withServedApp } from './support/served-app';
import { writeRows } from './support/visit-seed';

const CPU_SLOWDOWN_RATE = 4;
const SMALL_COUNT = 100;
const LARGE_COUNT = 10_000;
const ASSESSMENTS_PER_CLIENT = 2;
const ROOMS_PER_ASSESSMENT = 5;
const FINDINGS_PER_ROOM = 4;
const ASSESSMENTS_PER_TRANSACTION = 250;
const SAMPLE_COUNT = 5;
const FIRST_ROWS_TARGET_MS = 1000;
/** The list's page size: the first rows are a full page of them. */
const PAGE_ROWS = 50;
const READY_TIMEOUT_MS = 120_000;
const DESK_VIEWPORT = { width: 1366, height: 900 };
const ROW_SELECTOR = 'table.review-table tbody tr';
const COUNTED_SELECTOR = 'svg.barrier-chart-svg';
const FIRST_NAMES = [
  'Zoë',
  'Adam',
  'Mia',
  'José',
  'Grace',
  'Tom',
  'Aroha',
  'Siobhán',
  'Li',
  'Ravi',
];
const LAST_NAMES = ['Brontë', 'Price', 'Chen', 'Núñez', 'Okafor', 'Reid', 'Ngata', 'Walsh'];
const STREETS = ['Mill Lane', 'Élan Street', 'High Street', 'Church Road', 'Station Road'];
const ROOMS = [
  ['entrance', 'Front entrance'],
  ['bathroom', 'Bathroom'],
  ['kitchen', 'Kitchen'],
  ['bedroom', 'Bedroom'],
  ['stairs', 'Stairs'],
] as const;
const SETTINGS = ['home', 'home', 'home', 'workplace', 'school'] as const;
const STATUSES = ['draft', 'complete', 'signed', 'signed'] as const;
const SEVERITIES = ['high', 'medium', 'low'] as const;
const THERAPISTS = Array.from({ length: 8 }, (_, index) => ({
  id: `therapist-${index + 1}`,
  name: `${FIRST_NAMES[index % FIRST_NAMES.length]} Therapist`,
}));
const DAY_MS = 86_400_000;
const FIRST_VISIT_AT_MS = Date.UTC(2023, 0, 2, 9);

const _root = join(import.meta.dirname, '..', '..');

type SeedRow = Parameters<typeof writeRows>[1][number];

interface ReviewProbe {
  firstRowsAtMs: number | undefined;
  countedAtMs: number | undefined;
  longestTaskAfterRowsMs: number;
}

/** In the page: when the first page of rows and the barrier overview appeared, and long tasks. */
function installReviewProbe(firstRowCount: number): void {
  const probe: ReviewProbe = {
    firstRowsAtMs: undefined,
    countedAtMs: undefined,
    longestTaskAfterRowsMs: 0,
  };
  (window as unknown as { __reviewProbe: ReviewProbe }).__reviewProbe = probe;
  new MutationObserver((_records, observer) => {
    const rows = document.querySelectorAll('table.review-table tbody tr').length;
    if (probe.firstRowsAtMs === undefined && rows >= firstRowCount)
      probe.firstRowsAtMs = performance.now();
    if (probe.countedAtMs === undefined && document.querySelector('svg.barrier-chart-svg'))
      probe.countedAtMs = performance.now();
    if (probe.firstRowsAtMs !== undefined && probe.countedAtMs !== undefined) observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (probe.firstRowsAtMs === undefined || entry.startTime < probe.firstRowsAtMs) continue;
      probe.longestTaskAfterRowsMs = Math.max(probe.longestTaskAfterRowsMs, entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
}

const pick = <T>(values: readonly T[], index: number): T => values[index % values.length] as T;

function syncedRow(entity: string, id: RecordId, fields: FieldValues, seq: number): SeedRow {
  const versions = Object.fromEntries(Object.keys(fields).map((field) => [field, seq]));
  const value = { entity, id, fields, versions, pending: {}, shadow: {} };
  return { entity, id, body: { kind: 'plain-value', value } } as SeedRow;
}

/** One assessment with its rooms and findings: two in ten findings a barrier, a tenth not applicable. */
function assessmentRows(index: number, clientId: RecordId, newId: () => RecordId): SeedRow[] {
  const id = newId();
  const status = pick(STATUSES, index);
  const therapist = pick(THERAPISTS, index);
  const date = new Date(FIRST_VISIT_AT_MS + (index % 1000) * DAY_MS).toISOString().slice(0, 10);
  const signed: FieldValues =
    status === 'signed'
      ? { signedBy: therapist.id, signedByName: therapist.name, signedAt: FIRST_VISIT_AT_MS }
      : {};
  const rows = [
    syncedRow(
      'assessment',
      id,
      {
        clientId,
        setting: pick(SETTINGS, index),
        type: index % ASSESSMENTS_PER_CLIENT === 0 ? 'initial' : 'follow-up',
        date,
        status,
        therapistId: therapist.id,
        therapistName: therapist.name,
        checklistId: 'adult-home',
        checklistVersion: 1,
        ...signed,
      },
      index,
    ),
  ];
  for (const [order, [areaId, name]] of ROOMS.slice(0, ROOMS_PER_ASSESSMENT).entries()) {
    const roomId = newId();
    rows.push(syncedRow('room', roomId, { assessmentId: id, name, areaId, order }, index));
    for (let item = 0; item < FINDINGS_PER_ROOM; item += 1) {
      const roll = (index * 7 + order * 3 + item) % 10;
      const answer = roll < 2 ? 'barrier' : roll < 3 ? 'na' : 'ok';
      const barrier = { severity: pick(SEVERITIES, index + item), notes: 'Step 180 mm, no rail.' };
      const fields = { assessmentId: id, roomId, itemId: `${areaId}.item-${item}`, answer };
      rows.push(
        syncedRow(
          'finding',
          newId(),
          answer === 'barrier' ? { ...fields, ...barrier } : fields,
          index,
        ),
      );
    }
  }
  return rows;
}

/**
 * Sets the device's sync cursor, as the pull that brought the seeded records would have: the
 * review list's saved index is keyed by it.
 */
async function setCursor(page: Page, cursor: number): Promise<void> {
  await putRows(page, 'meta', [cursor], 'sync.cursor');
}

/** Writes `count` assessments, with a client per two of them, into the page's device database. */
async function seedAssessments(page: Page, count: number): Promise<number> {
  const newId = createIdMaker(Date.now, (length) => new Uint8Array(randomBytes(length)));
  let clientId = newId();
  let rowCount = 0;
  for (let first = 0; first < count; first += ASSESSMENTS_PER_TRANSACTION) {
    const rows: SeedRow[] = [];
    for (
      let index = first;
      index < Math.min(count, first + ASSESSMENTS_PER_TRANSACTION);
      index += 1
    ) {
      if (index % ASSESSMENTS_PER_CLIENT === 0) {
        clientId = newId();
        const name = `${pick(FIRST_NAMES, index)} ${pick(LAST_NAMES, index / 3)} ${index}`;
        const address = `${(index % 200) + 1} ${pick(STREETS, index)}, Leeds`;
        rows.push(syncedRow('client', clientId, { name, address, ageGroup: 'adult' }, index));
      }
      rows.push(...assessmentRows(index, clientId, newId));
    }
    await writeRows(page, rows);
    rowCount += rows.length;
  }
  await setCursor(page, count);
  return rowCount;
}

/** A context whose device holds `count` assessments; the app made its database on a first visit. */
async function seededContext(browser: Browser, baseUrl: string, count: number) {
  const context = await browser.newContext({ viewport: DESK_VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/review`);
  await page.getByText('No assessments on this device yet.').waitFor();
  const rowCount = await seedAssessments(page, count);
  await page.close();
  await context.addInitScript({
    // tsx compiles with keepNames, whose `__name` helper does not exist in the page.
    content: `var __name = globalThis.__name || ((target) => target);\n(${installReviewProbe.toString()})(${Math.min(count, PAGE_ROWS)});`,
  });
  return { context, rowCount };
}

/** Opens the review list in a new throttled page and reads the probe once the overview is in. */
async function timedOpen(context: BrowserContext, url: string): Promise<ReviewProbe> {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN_RATE });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector(`${ROW_SELECTOR} >> nth=0`, { timeout: READY_TIMEOUT_MS });
    await page.waitForSelector(COUNTED_SELECTOR, { timeout: READY_TIMEOUT_MS });
    return await page.evaluate(
      () => (window as unknown as { __reviewProbe: ReviewProbe }).__reviewProbe,
    );
  } finally {
    await page.close();
  }
}

interface OpenFigures {
  firstRowsMs: number;
  countedMs: number;
  longestTaskMs: number;
}

/** The first open (no saved index yet) and the medians of SAMPLE_COUNT opens after it. */
async function measureOpens(context: BrowserContext, url: string) {
  const first = await timedOpen(context, url);
  const samples: ReviewProbe[] = [];
  for (let sample = 0; sample < SAMPLE_COUNT; sample += 1) {
    samples.push(await timedOpen(context, url));
  }
  const figuresOf = (probes: ReviewProbe[]): OpenFigures => ({
    firstRowsMs: median(probes.map((probe) => probe.firstRowsAtMs ?? Number.NaN)),
    countedMs: median(probes.map((probe) => probe.countedAtMs ?? Number.NaN)),
    longestTaskMs: median(probes.map((probe) => probe.longestTaskAfterRowsMs)),
  });
  return { first: figuresOf([first]), later: figuresOf(samples) };
}

function printOpen(label: string, figures: OpenFigures): void {
  console.log(
    `  ${label.padEnd(30)} first rows ${formatMs(figures.firstRowsMs)}, barrier counts ${formatMs(figures.countedMs)}, longest task after the rows ${formatMs(figures.longestTaskMs)}`,
  );
}

async function runReview(): Promise<void> {
  await withServedApp('review', async ({ baseUrl, browser }) => {
    const url = `${baseUrl}/review`;
    const later: OpenFigures[] = [];
    for (const count of [SMALL_COUNT, LARGE_COUNT]) {
      const seeded = await seededContext(browser, baseUrl, count);
      const opened = await measureOpens(seeded.context, url);
      await seeded.context.close();
      console.log(`  ${formatCount(count)} assessments (${formatCount(seeded.rowCount)} records)`);
      printOpen('first open, no saved index', opened.first);
      printOpen(`later opens (median of ${SAMPLE_COUNT})`, opened.later);
      later.push(opened.later);
    }
    const [small, large] = later as [OpenFigures, OpenFigures];
    console.log(
      `  first rows ratio               ${(large.firstRowsMs / small.firstRowsMs).toFixed(2)} (${formatCount(LARGE_COUNT)} to ${formatCount(SMALL_COUNT)} assessments, later opens); ${formatCount(LARGE_COUNT)} under ${FIRST_ROWS_TARGET_MS} ms: ${targetWords(large.firstRowsMs, FIRST_ROWS_TARGET_MS)}`,
    );
  });
}

/** Prints the review list's time to first rows at 100 and 10,000 assessments, and their ratio. */
export async function runReviewBenchmarks(): Promise<void> {
  console.log(
    `review list (Chromium, CPU ${CPU_SLOWDOWN_RATE}x slower, desk viewport; ${ROOMS_PER_ASSESSMENT} rooms and ${ROOMS_PER_ASSESSMENT * FINDINGS_PER_ROOM} findings per assessment, a client per ${ASSESSMENTS_PER_CLIENT})`,
  );
  await runReported(runReview);
}
