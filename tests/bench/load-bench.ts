// Load: 50 simulated devices push 1 to 5 patches and pull, for 30 s, against the real server entry
// point in a child process, on SQLite and on PostgreSQL. The devices are async loops in this process,
// which does nothing else meanwhile, so they never share the server's event loop.
import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { migrateToLatest } from '../../src/server/db/migrations';
import { type SyncResponse, takePushBatch } from '../../src/sync/protocol';
import {
  type DatabaseTarget,
  databaseTargets,
  type TestDatabase,
} from '../server/support/databases';
import { setUpOrganization } from '../server/support/sync-client';
import {
  applySyncResponse,
  type BenchDevice,
  makePatches,
  newBenchDevice,
  syncRequestBody,
} from './support/bench-device';
import { sendTimed, syncRequest } from './support/bench-http';
import {
  errorMessage,
  formatCount,
  formatMs,
  percentile,
  runReported,
} from './support/bench-report';
import { startServerProcess } from './support/server-process';

const DEVICE_COUNT = 50;
const DEFAULT_LOAD_SECONDS = 30;
const MAX_LOAD_SECONDS = 600;
const MAX_PATCHES_PER_PUSH = 5;
/** Far more rounds than a device manages in the longest run; only a guard against a runaway loop. */
const MAX_ROUNDS_PER_DEVICE = 1_000_000;
/** Rounds of one device before the clock starts, so a short run does not measure the cold start. */
const WARM_UP_ROUNDS = 50;
const WARM_UP_MAX_MS = 10_000;
const KEPT_ERROR_COUNT = 3;

const root = join(import.meta.dirname, '..', '..');

interface LoadTally {
  latenciesMs: number[];
  errorCount: number;
  firstErrors: string[];
  acknowledgedCount: number;
}

/** BENCH_LOAD_SECONDS when it is a number from 1 to 600, else 30. */
function loadSeconds(): number {
  const seconds = Number(process.env.BENCH_LOAD_SECONDS);
  if (!Number.isFinite(seconds) || seconds < 1) return DEFAULT_LOAD_SECONDS;
  return Math.min(seconds, MAX_LOAD_SECONDS);
}

function countError(tally: LoadTally, message: string): void {
  tally.errorCount += 1;
  if (tally.firstErrors.length < KEPT_ERROR_COUNT) tally.firstErrors.push(message);
}

/** One sync request; a failed one leaves the outbox as it was, so the next round sends it again. */
async function syncOnce(
  baseUrl: string,
  token: string,
  device: BenchDevice,
  tally: LoadTally,
): Promise<void> {
  const push = takePushBatch(device.outbox);
  try {
    const response = await sendTimed(baseUrl, token, syncRequest(syncRequestBody(device, push)));
    tally.latenciesMs.push(response.durationMs);
    if (response.status !== 200) {
      countError(tally, `HTTP ${response.status}: ${response.text.slice(0, 200)}`);
      return;
    }
    const answer = JSON.parse(response.text) as SyncResponse;
    for (const rejection of answer.rejected) countError(tally, `rejected: ${rejection.message}`);
    applySyncResponse(device, answer);
  } catch (error) {
    countError(tally, errorMessage(error));
  }
}

/** A device's rounds until the deadline: make 1 to 5 patches, push them, then pull a page. */
async function runDevice(
  baseUrl: string,
  token: string,
  deadlineMs: number,
  tally: LoadTally,
  maxRounds = MAX_ROUNDS_PER_DEVICE,
): Promise<void> {
  const device = newBenchDevice();
  for (let round = 0; round < maxRounds; round += 1) {
    if (performance.now() >= deadlineMs) break;
    if (device.outbox.length === 0) makePatches(device, randomInt(1, MAX_PATCHES_PER_PUSH + 1));
    await syncOnce(baseUrl, token, device, tally);
    if (performance.now() >= deadlineMs) break;
    await syncOnce(baseUrl, token, device, tally);
  }
  tally.acknowledgedCount += device.nextSeq - 1 - device.outbox.length;
}

/** The server's environment for the database: its SQLite folder, or a URL pinned to the schema. */
function serverEnvironment(testDatabase: TestDatabase): Record<string, string> {
  const { config } = testDatabase;
  if (config.kind === 'sqlite') return { DATA_DIR: config.dataDir };
  const url = new URL(config.url);
  if (config.schema !== undefined)
    url.searchParams.set('options', `-c search_path=${config.schema}`);
  return { DATABASE_URL: url.toString() };
}

async function storedChangeCount(testDatabase: TestDatabase): Promise<number> {
  const row = await testDatabase.database.db
    .selectFrom('changes')
    .select((expression) => expression.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

function printLoad(name: string, tally: LoadTally, elapsedMs: number, storedCount: number) {
  const requestCount = tally.latenciesMs.length;
  const perSecond = requestCount / (elapsedMs / 1000);
  const p50 = formatMs(percentile(tally.latenciesMs, 0.5));
  const p99 = formatMs(percentile(tally.latenciesMs, 0.99));
  const verdict = tally.errorCount === 0 ? 'target met' : 'target missed';
  console.log(
    `  ${name.padEnd(9)} ${perSecond.toFixed(0)} requests/s, p50 ${p50}, p99 ${p99}, ${tally.errorCount} errors (target no errors: ${verdict})`,
  );
  console.log(
    `  ${''.padEnd(9)} ${formatCount(requestCount)} requests in ${(elapsedMs / 1000).toFixed(1)} s; ${formatCount(tally.acknowledgedCount)} patches acknowledged, ${formatCount(storedCount)} changes stored`,
  );
  for (const message of tally.firstErrors) console.log(`  ${''.padEnd(9)} error: ${message}`);
}

/** One device warms the server up untimed, then every device runs until the deadline. */
async function measureLoad(baseUrl: string, token: string) {
  const tally: LoadTally = {
    latenciesMs: [],
    errorCount: 0,
    firstErrors: [],
    acknowledgedCount: 0,
  };
  await runDevice(baseUrl, token, performance.now() + WARM_UP_MAX_MS, tally, WARM_UP_ROUNDS);
  tally.latenciesMs = [];
  const startedMs = performance.now();
  const deadlineMs = startedMs + loadSeconds() * 1000;
  const devices = Array.from({ length: DEVICE_COUNT }, () =>
    runDevice(baseUrl, token, deadlineMs, tally),
  );
  await Promise.all(devices);
  return { tally, elapsedMs: performance.now() - startedMs };
}

async function runLoad(target: DatabaseTarget): Promise<void> {
  const testDatabase = await target.open();
  let stopServer = async () => {};
  try {
    await migrateToLatest(testDatabase.database);
    const server = await startServerProcess(root, serverEnvironment(testDatabase));
    stopServer = server.stop;
    const token = await setUpOrganization(server.baseUrl);
    const { tally, elapsedMs } = await measureLoad(server.baseUrl, token);
    const storedCount = await storedChangeCount(testDatabase);
    if (storedCount < tally.acknowledgedCount) {
      countError(tally, `${tally.acknowledgedCount - storedCount} acknowledged patches not stored`);
    }
    printLoad(target.name, tally, elapsedMs, storedCount);
    if (tally.errorCount > 0) console.log(`  ${''.padEnd(9)} server said: ${server.output()}`);
  } finally {
    await stopServer();
    await testDatabase.dispose();
  }
}

/** Prints requests/s, p50 and p99 latency and errors under load, on SQLite and PostgreSQL. */
export async function runLoadBenchmarks(): Promise<void> {
  console.log(
    `sync load (${DEVICE_COUNT} devices pushing 1-${MAX_PATCHES_PER_PUSH} patches and pulling for ${loadSeconds()} s; server in a child process)`,
  );
  const targets = databaseTargets();
  for (const target of targets) await runReported(() => runLoad(target));
  if (!targets.some((target) => target.name === 'postgres')) {
    console.log('  postgres  skipped: TEST_DATABASE_URL is not set');
  }
}
