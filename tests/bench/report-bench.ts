// Report benchmark in Chromium: a signed-off visit of 30 rooms with 60 photos (1600 x 1200 JPEG,
// as the app stores them) seeded in IndexedDB; the time from navigation until the report is ready
// with every photo decoded, and page.pdf()'s time and size, as ratios to a 1-room report; then the
// same 30 rooms printed with the longest funder's template, as a ratio to the clinical report.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { getDocumentProxy } from 'unpdf';
import type { FieldValues } from '../../src/domain/entities';
import { createIdMaker, derivedId, type RecordId } from '../../src/domain/ids';
import type { LocalRecord } from '../../src/sync/replica';
import { openDeviceDatabase, putRows } from '../e2e/support/device-database';
import { formatMegabytes, formatMs, median, runReported } from './support/bench-report';
import { withServedApp } from './support/served-app';
import { readAdultHomeChecklist, type SeedChecklist } from './support/visit-seed';

const LARGE_ROOM_COUNT = 30;
const SMALL_ROOM_COUNT = 1;
const PHOTOS_PER_ROOM = 2;
const BARRIERS_PER_ROOM = 2;
const PHOTO_SIZE = { width: 1600, height: 1200 };
const SAMPLE_COUNT = 3;
const READY_TIMEOUT_MS = 120_000;
const DESKTOP_VIEWPORT = { width: 1366, height: 900 };
const _root = join(import.meta.dirname, '..', '..');

interface RecordRow {
  entity: string;
  id: string;
  body: { kind: 'plain-value'; value: LocalRecord };
}

interface ReportFigures {
  readyMs: number;
  pdfMs: number;
  pdfBytes: number;
  pageCount: number;
}

/** A record as a pull leaves it: every field at one server version, no pending local edits. */
function syncedRow(entity: LocalRecord['entity'], id: RecordId, fields: FieldValues): RecordRow {
  const versions = Object.fromEntries(Object.keys(fields).map((field) => [field, 1]));
  return {
    entity,
    id,
    body: { kind: 'plain-value', value: { entity, id, fields, versions, pending: {}, shadow: {} } },
  };
}

/** Makes `count` distinct camera-sized JPEGs in the page and stores their bytes as the app does. */
async function storePhotos(page: Page, count: number): Promise<string[]> {
  const database = await openDeviceDatabase(page);
  return database.evaluate(
    async (opened, { count: photoCount, width, height }) => {
      const rows: unknown[] = [];
      const hashes: string[] = [];
      for (let index = 0; index < photoCount; index += 1) {
        const canvas = new OffscreenCanvas(width, height);
        const context = canvas.getContext('2d');
        if (context === null) throw new Error('No 2D canvas.');
        const gradient = context.createLinearGradient(0, 0, width, height);
        gradient.addColorStop(0, `hsl(${(index * 37) % 360} 40% 70%)`);
        gradient.addColorStop(1, `hsl(${(index * 91) % 360} 30% 30%)`);
        context.fillStyle = gradient;
        context.fillRect(0, 0, width, height);
        for (let shape = 0; shape < 400; shape += 1) {
          context.fillStyle = `hsl(${Math.random() * 360} 30% ${20 + Math.random() * 60}%)`;
          context.fillRect(Math.random() * width, Math.random() * height, 40, 30);
        }
        const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.82 });
        const bytes = await blob.arrayBuffer();
        // No named helpers in here: the bench's TypeScript loader would wrap them in a helper the
        // page does not have.
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
        const sha256 = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
        hashes.push(sha256);
        rows.push({
          sha256,
          mimeType: 'image/jpeg',
          uploaded: 1,
          data: { kind: 'plain-bytes', bytes },
        });
      }
      await new Promise<void>((resolve, reject) => {
        const transaction = opened.transaction('blobs', 'readwrite');
        for (const row of rows) transaction.objectStore('blobs').put(row);
        transaction.oncomplete = () => {
          opened.close();
          resolve();
        };
        transaction.onabort = () => reject(transaction.error);
      });
      return hashes;
    },
    { count, ...PHOTO_SIZE },
  );
}

/**
 * A signed-off visit of `roomCount` rooms, one per checklist area in turn: every item answered,
 * the first two of each room barriers with a costed recommendation and a photo each.
 */
function reportRows(checklist: SeedChecklist, roomCount: number, photoHashes: readonly string[]) {
  const newId = createIdMaker(Date.now, (count) => new Uint8Array(randomBytes(count)));
  const clientId = newId();
  const assessmentId = newId();
  const rows = [
    syncedRow('client', clientId, { name: 'Bench client', mobilityDevice: 'manual-wheelchair' }),
    syncedRow('assessment', assessmentId, {
      clientId,
      setting: 'home',
      type: 'initial',
      date: '2025-01-06',
      checklistId: checklist.id,
      checklistVersion: checklist.version,
      therapistName: 'Bench therapist',
      status: 'signed',
      signedByName: 'Bench reviewer',
      signedAt: Date.UTC(2025, 0, 7),
    }),
  ];
  let photoIndex = 0;
  for (let order = 0; order < roomCount; order += 1) {
    const area = checklist.areas[order % checklist.areas.length];
    if (area === undefined) throw new Error('The checklist has no areas.');
    const roomId = newId();
    rows.push(
      syncedRow('room', roomId, {
        assessmentId,
        name: `${area.name} ${order + 1}`,
        areaId: area.id,
        order,
      }),
    );
    for (const [index, item] of area.items.entries()) {
      const findingId = derivedId('finding', roomId, item.id);
      const isBarrier = index < BARRIERS_PER_ROOM;
      rows.push(
        syncedRow('finding', findingId, {
          assessmentId,
          roomId,
          itemId: item.id,
          answer: isBarrier ? 'barrier' : 'ok',
          ...(isBarrier ? { severity: item.severity.default, notes: 'Seen at the visit.' } : {}),
        }),
      );
      if (!isBarrier) continue;
      rows.push(
        syncedRow('intervention', newId(), {
          assessmentId,
          findingId,
          title: `Change for ${item.id}`,
          priority: item.severity.default,
          provider: 'handyperson',
          costMin: 100,
          costMax: 300,
          currency: 'USD',
        }),
      );
      for (let photo = 0; photo < PHOTOS_PER_ROOM / BARRIERS_PER_ROOM; photo += 1) {
        const sha256 = photoHashes[photoIndex % photoHashes.length] ?? '';
        photoIndex += 1;
        rows.push(
          syncedRow('photo', newId(), {
            assessmentId,
            ownerEntity: 'finding',
            ownerId: findingId,
            sha256,
            mimeType: 'image/jpeg',
            takenAt: photoIndex,
          }),
        );
      }
    }
  }
  return { assessmentId, rows };
}

async function writeRecords(page: Page, rows: RecordRow[]): Promise<void> {
  // Passed as unknown: Playwright's argument types recurse too deep on JSON field values.
  const batch: unknown[] = rows;
  await putRows(page, 'records', batch);
}

/** Opens the report in a new page; navigation start until every photo is decoded, then the PDF. */
async function measureReport(context: BrowserContext, url: string): Promise<ReportFigures> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => document.querySelector('article.report')?.getAttribute('aria-busy') === 'false',
      undefined,
      { timeout: READY_TIMEOUT_MS },
    );
    const readyMs = await page.evaluate(() => performance.now());
    const pdfStartMs = performance.now();
    const pdf = await page.pdf({ format: 'A4' });
    const pdfMs = performance.now() - pdfStartMs;
    const pdfDocument = await getDocumentProxy(new Uint8Array(pdf));
    return { readyMs, pdfMs, pdfBytes: pdf.byteLength, pageCount: pdfDocument.numPages };
  } finally {
    await page.close();
  }
}

async function medianFigures(context: BrowserContext, url: string): Promise<ReportFigures> {
  const samples: ReportFigures[] = [];
  for (let sample = 0; sample <= SAMPLE_COUNT; sample += 1) {
    const figures = await measureReport(context, url);
    if (sample > 0) samples.push(figures);
  }
  const middle = (pick: (figures: ReportFigures) => number) => median(samples.map(pick));
  return {
    readyMs: middle((figures) => figures.readyMs),
    pdfMs: middle((figures) => figures.pdfMs),
    pdfBytes: middle((figures) => figures.pdfBytes),
    pageCount: middle((figures) => figures.pageCount),
  };
}

/** The built-in template with the most sections (read from its file), and how many it has. */
function longestTemplate(): { id: string; sectionCount: number } {
  const directory = join(_root, 'report-templates');
  const templates = readdirSync(directory)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .map((name) => {
      const data = JSON.parse(readFileSync(join(directory, name), 'utf8')) as {
        id: string;
        sections: unknown[];
      };
      return { id: data.id, sectionCount: data.sections.length };
    });
  const [longest] = templates.sort((left, right) => right.sectionCount - left.sectionCount);
  if (longest === undefined) throw new Error('No report templates found.');
  return longest;
}

function printFigures(small: ReportFigures, large: ReportFigures): void {
  const ratio = (value: number, base: number) => (value / base).toFixed(2);
  console.log(
    `  report ready        ${formatMs(large.readyMs)} for ${LARGE_ROOM_COUNT} rooms, ${formatMs(small.readyMs)} for ${SMALL_ROOM_COUNT} (ratio ${ratio(large.readyMs, small.readyMs)}); navigation until every photo is decoded`,
  );
  console.log(
    `  page.pdf()          ${formatMs(large.pdfMs)} for ${LARGE_ROOM_COUNT} rooms, ${formatMs(small.pdfMs)} for ${SMALL_ROOM_COUNT} (ratio ${ratio(large.pdfMs, small.pdfMs)})`,
  );
  console.log(
    `  PDF size            ${formatMegabytes(large.pdfBytes)} in ${large.pageCount} pages (${SMALL_ROOM_COUNT} room: ${formatMegabytes(small.pdfBytes)} in ${small.pageCount})`,
  );
}

async function runReport(): Promise<void> {
  await withServedApp('report', async ({ baseUrl, browser }) => {
    const context = await browser.newContext({ viewport: DESKTOP_VIEWPORT });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/visits`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByText('No visits on this device yet.').waitFor();
    const checklist = readAdultHomeChecklist();
    const hashes = await storePhotos(page, LARGE_ROOM_COUNT * PHOTOS_PER_ROOM);
    const large = reportRows(checklist, LARGE_ROOM_COUNT, hashes);
    const small = reportRows(checklist, SMALL_ROOM_COUNT, hashes);
    await writeRecords(page, [...large.rows, ...small.rows]);
    await page.close();
    const reportUrl = (assessmentId: string) => `${baseUrl}/review/${assessmentId}/report`;
    const smallFigures = await medianFigures(context, reportUrl(small.assessmentId));
    const largeFigures = await medianFigures(context, reportUrl(large.assessmentId));
    printFigures(smallFigures, largeFigures);
    const template = longestTemplate();
    const templateFigures = await medianFigures(
      context,
      `${reportUrl(large.assessmentId)}/${template.id}`,
    );
    console.log(
      `  ${template.id} (${template.sectionCount} sections) ready ${formatMs(templateFigures.readyMs)}, page.pdf() ${formatMs(templateFigures.pdfMs)}, ${templateFigures.pageCount} pages; ratio to the clinical report ${(templateFigures.readyMs / largeFigures.readyMs).toFixed(2)}`,
    );
  });
}

/** Prints how long a 30-room, 60-photo report takes to be ready and to print, against 1 room. */
export async function runReportBenchmarks(): Promise<void> {
  console.log(
    `report (Chromium, ${LARGE_ROOM_COUNT} rooms with ${LARGE_ROOM_COUNT * PHOTOS_PER_ROOM} photos of ${PHOTO_SIZE.width} x ${PHOTO_SIZE.height} on the device; medians of ${SAMPLE_COUNT})`,
  );
  await runReported(runReport);
}
