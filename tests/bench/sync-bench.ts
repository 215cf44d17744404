// Sync benchmarks: a bulk push against a plain HTTP upload of the same bytes (kept on disk, as
// the sync server keeps them), and the cost of pulling one new change when the server holds
// 10,000 changes against when it holds 200,000.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_PATCHES_PER_REQUEST, type SyncResponse } from '../../src/sync/protocol';
import { type DatabaseTarget, databaseTargets } from '../server/support/databases';
import { setUpOrganization } from '../server/support/sync-client';
import type { TestServer } from '../server/support/test-server';
import { startTestServer } from '../server/support/test-server';
import { makePatches, newBenchDevice, syncRequestBody } from './support/bench-device';
import { type BenchRequest, sendTimed, syncRequest } from './support/bench-http';
import {
  describeRatio,
  formatCount,
  formatMegabytes,
  formatMs,
  formatSeconds,
  median,
  runReported,
} from './support/bench-report';
import { organizationOwner, seedChangeLog } from './support/seed-change-log';

const BULK_PATCH_COUNT = 10_000;
const BULK_PHOTO_COUNT = 100;
const PHOTO_BYTE_COUNT = 300_000;
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff, 0xe0];
const BULK_TARGET_RATIO = 2;
const HISTORY_CHANGE_COUNTS = [10_000, 200_000] as const;
const PULL_SAMPLE_COUNT = 200;
const WARM_UP_PULL_COUNT = 20;
const INCREMENTAL_TARGET_RATIO = 1.5;

interface BulkStep {
  request: BenchRequest;
  expectedStatus: number;
  /** For a push: the device seq the server must acknowledge, which is also the new cursor. */
  expectedSeq?: number;
}

type AnswerCheck = (step: BulkStep, status: number, text: string) => string | undefined;

function sqliteTarget(): DatabaseTarget {
  const target = databaseTargets().find((candidate) => candidate.name === 'sqlite');
  if (target === undefined) throw new Error('No SQLite target.');
  return target;
}

function makePhoto(): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(randomBytes(PHOTO_BYTE_COUNT));
  bytes.set(JPEG_SIGNATURE);
  return bytes;
}

function pushSteps(): BulkStep[] {
  const device = newBenchDevice();
  const steps: BulkStep[] = [];
  for (let sentCount = 0; sentCount < BULK_PATCH_COUNT; sentCount += MAX_PATCHES_PER_REQUEST) {
    // Each answer brings the device's own changes back, so its cursor is where it stopped pushing.
    device.cursor = sentCount;
    const push = makePatches(device, MAX_PATCHES_PER_REQUEST);
    const request = syncRequest(syncRequestBody(device, push));
    steps.push({ request, expectedStatus: 200, expectedSeq: sentCount + push.length });
  }
  return steps;
}

function photoSteps(): BulkStep[] {
  return Array.from({ length: BULK_PHOTO_COUNT }, (): BulkStep => {
    const bytes = makePhoto();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const path = `/api/v1/blobs/${sha256}`;
    const request: BenchRequest = { method: 'PUT', path, contentType: 'image/jpeg', body: bytes };
    return { request, expectedStatus: 201 };
  });
}

function bodyByteCount(steps: readonly BulkStep[]): number {
  return steps.reduce((total, { request }) => {
    const { body } = request;
    return total + (typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength);
  }, 0);
}

const checkSyncServerAnswer: AnswerCheck = (step, status, text) => {
  if (status !== step.expectedStatus) return `answered ${status}: ${text.slice(0, 200)}`;
  if (step.expectedSeq === undefined) return undefined;
  const answer = JSON.parse(text) as SyncResponse;
  const isAsExpected =
    answer.acked === step.expectedSeq &&
    answer.cursor === step.expectedSeq &&
    answer.rejected.length === 0;
  if (isAsExpected) return undefined;
  return `acked ${answer.acked} at cursor ${answer.cursor}, expected ${step.expectedSeq}; rejected ${JSON.stringify(answer.rejected.slice(0, 1))}`;
};

const checkPlainAnswer: AnswerCheck = (_step, status) =>
  status === 200 ? undefined : `answered ${status}`;

/** Sends the steps one after another, as a device does, and returns the total time. */
async function timeUpload(
  baseUrl: string,
  token: string,
  steps: readonly BulkStep[],
  check: AnswerCheck,
): Promise<number> {
  const startedMs = performance.now();
  for (const [index, step] of steps.entries()) {
    const response = await sendTimed(baseUrl, token, step.request);
    const problem = check(step, response.status, response.text);
    if (problem !== undefined)
      throw new Error(`request ${index + 1} of ${steps.length} ${problem}`);
  }
  return performance.now() - startedMs;
}

interface PlainServer {
  baseUrl: string;
  close(): Promise<void>;
}

/** Writes one body to its own new file and flushes it to disk before the answer. */
async function keepBody(folder: string, name: string, chunks: readonly Buffer[]): Promise<void> {
  const file = await open(join(folder, name), 'wx');
  try {
    await file.writeFile(Buffer.concat(chunks));
    await file.sync();
  } finally {
    await file.close();
  }
}

/**
 * A loopback server that reads each body and answers 200. With `folder`, a plain upload: each
 * body is kept in its own file, flushed to disk before the answer, as the sync server keeps what
 * it acknowledges. Without, the bodies are discarded: the floor of moving the bytes.
 */
async function startPlainServer(folder?: string): Promise<PlainServer> {
  let bodyCount = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      bodyCount += 1;
      const kept =
        folder === undefined ? Promise.resolve() : keepBody(folder, `${bodyCount}`, chunks);
      kept.then(
        () => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end('{}');
        },
        (error: unknown) => {
          response.writeHead(500, { 'content-type': 'text/plain' });
          response.end(String(error));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('No TCP address.');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface UploadTimes {
  patchesMs: number;
  photosMs: number;
}

async function timeBoth(
  baseUrl: string,
  token: string,
  steps: { pushes: BulkStep[]; photos: BulkStep[] },
  check: AnswerCheck,
): Promise<UploadTimes> {
  const patchesMs = await timeUpload(baseUrl, token, steps.pushes, check);
  const photosMs = await timeUpload(baseUrl, token, steps.photos, check);
  return { patchesMs, photosMs };
}

function describeTimes(times: UploadTimes): string {
  const totalMs = times.patchesMs + times.photosMs;
  return `${formatSeconds(totalMs)} (patches ${formatSeconds(times.patchesMs)}, photos ${formatSeconds(times.photosMs)})`;
}

async function runBulk(): Promise<void> {
  const steps = { pushes: pushSteps(), photos: photoSteps() };
  const allSteps = [...steps.pushes, ...steps.photos];
  const uploadFolder = await mkdtemp(join(tmpdir(), 'homeassess-bench-upload-'));
  const server = await startTestServer(sqliteTarget());
  const upload = await startPlainServer(uploadFolder);
  const floor = await startPlainServer();
  try {
    const token = await setUpOrganization(server.baseUrl);
    await timeUpload(floor.baseUrl, token, allSteps, checkPlainAnswer); // warms the client up
    const floorTimes = await timeBoth(floor.baseUrl, token, steps, checkPlainAnswer);
    const uploadTimes = await timeBoth(upload.baseUrl, token, steps, checkPlainAnswer);
    const syncTimes = await timeBoth(server.baseUrl, token, steps, checkSyncServerAnswer);
    const total = (times: UploadTimes) => times.patchesMs + times.photosMs;
    const ratio = total(syncTimes) / total(uploadTimes);
    console.log(
      `  upload            ${formatCount(BULK_PATCH_COUNT)} patches + ${BULK_PHOTO_COUNT} photos, ${formatMegabytes(bodyByteCount(allSteps))} in ${allSteps.length} requests`,
    );
    console.log(`  sync server       ${describeTimes(syncTimes)}`);
    console.log(`  plain HTTP        ${describeTimes(uploadTimes)}`);
    console.log('                    (each body kept in its own file, flushed to disk)');
    console.log(`  loopback floor    ${describeTimes(floorTimes)}`);
    console.log('                    (bodies read and discarded)');
    console.log(`  ratio             ${describeRatio(ratio, BULK_TARGET_RATIO)}`);
    console.log(`  ratio to floor    ${(total(syncTimes) / total(floorTimes)).toFixed(2)}`);
  } finally {
    await floor.close();
    await upload.close();
    await server.close();
    await rm(uploadFolder, { recursive: true, force: true });
  }
}

interface History {
  changeCount: number;
  server: TestServer;
  token: string;
  pull: BenchRequest;
  seedMs: number;
}

async function expectAnswer(baseUrl: string, token: string, request: BenchRequest) {
  const response = await sendTimed(baseUrl, token, request);
  if (response.status !== 200)
    throw new Error(`sync answered ${response.status}: ${response.text.slice(0, 200)}`);
  return JSON.parse(response.text) as SyncResponse;
}

/** Pushes one patch through the API so that the newest change is a real one, at `headSeq`. */
async function pushNewestChange(baseUrl: string, token: string, headSeq: number): Promise<void> {
  const writer = newBenchDevice();
  writer.cursor = headSeq - 1;
  const answer = await expectAnswer(
    baseUrl,
    token,
    syncRequest(syncRequestBody(writer, makePatches(writer, 1))),
  );
  if (answer.cursor !== headSeq) throw new Error(`the new change got seq ${answer.cursor}`);
}

async function prepareHistory(target: DatabaseTarget, changeCount: number): Promise<History> {
  const server = await startTestServer(target);
  try {
    const token = await setUpOrganization(server.baseUrl);
    const { db } = server.testDatabase.database;
    const seedStartedMs = performance.now();
    await seedChangeLog(db, await organizationOwner(db), changeCount - 1);
    const seedMs = performance.now() - seedStartedMs;
    await pushNewestChange(server.baseUrl, token, changeCount);
    const reader = newBenchDevice();
    reader.cursor = changeCount - 1;
    const pull = syncRequest(syncRequestBody(reader, []));
    const answer = await expectAnswer(server.baseUrl, token, pull);
    if (answer.changes.length !== 1) throw new Error(`pulled ${answer.changes.length} changes`);
    return { changeCount, server, token, pull, seedMs };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** The median pull time of each history, pulling from them in turn so noise hits all alike. */
async function medianPullTimes(histories: readonly History[]): Promise<number[]> {
  const samples = histories.map((): number[] => []);
  for (let round = 0; round < WARM_UP_PULL_COUNT + PULL_SAMPLE_COUNT; round += 1) {
    for (const [index, history] of histories.entries()) {
      const response = await sendTimed(history.server.baseUrl, history.token, history.pull);
      if (response.status !== 200) throw new Error(`a pull answered ${response.status}`);
      if (round >= WARM_UP_PULL_COUNT) samples[index]?.push(response.durationMs);
    }
  }
  return samples.map(median);
}

async function runIncremental(target: DatabaseTarget): Promise<void> {
  const histories: History[] = [];
  try {
    for (const changeCount of HISTORY_CHANGE_COUNTS) {
      histories.push(await prepareHistory(target, changeCount));
    }
    const medians = await medianPullTimes(histories);
    const figures = histories.map(
      (history, index) =>
        `${formatCount(history.changeCount)} changes ${formatMs(medians[index] ?? Number.NaN)}`,
    );
    const ratio = (medians.at(-1) ?? Number.NaN) / (medians[0] ?? Number.NaN);
    const seedMs = histories.reduce((total, history) => total + history.seedMs, 0);
    console.log(`  ${target.name.padEnd(9)} ${figures.join(', ')}`);
    console.log(`  ${''.padEnd(9)} ratio ${describeRatio(ratio, INCREMENTAL_TARGET_RATIO)}`);
    console.log(`  ${''.padEnd(9)} (log seeded directly in ${formatSeconds(seedMs)})`);
  } finally {
    for (const history of histories) await history.server.close();
  }
}

/** Prints the bulk figures (SQLite) and the incremental ones (SQLite, and PostgreSQL if set). */
export async function runSyncBenchmarks(): Promise<void> {
  console.log('sync bulk (SQLite, server in-process, sequential requests over loopback)');
  await runReported(runBulk);
  console.log(
    `sync incremental (pull of one new change, median of ${PULL_SAMPLE_COUNT}, server in-process)`,
  );
  const targets = databaseTargets();
  for (const target of targets) await runReported(() => runIncremental(target));
  if (!targets.some((target) => target.name === 'postgres')) {
    console.log('  postgres  skipped: TEST_DATABASE_URL is not set');
  }
}
