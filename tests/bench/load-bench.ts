// Load: 50 simulated devices push 1 to 5 patches and pull, for 30 s, against the real server entry
// point in a child process, on SQLite and on PostgreSQL; then scale-out: 1, 2 and 4 processes on
// one PostgreSQL with each request sent to the next process in turn, as a round-robin balancer
// does. The devices are async loops in this process, which does nothing else meanwhile, so they
// never share the servers' event loops.
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
import { startLockSampler } from './support/lock-sampler';
import { type ServerProcess, startServerProcess } from './support/server-process';

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
const SCALE_OUT_PROCESS_COUNTS = [1, 2, 4] as const;

const root = join(import.meta.dirname, '..', '..');

interface LoadTally {
  latenciesMs: number[];
  /** The servers' own time for the same requests (Server-Timing). */
  serverMs: number[];
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
  nextBaseUrl: () => string,
  token: string,
  device: BenchDevice,
  tally: LoadTally,
): Promise<void> {
  const push = takePushBatch(device.outbox);
  try {
    const body = syncRequest(syncRequestBody(device, push));
    const response = await sendTimed(nextBaseUrl(), token, body);
    tally.latenciesMs.push(response.durationMs);
    if (response.serverMs !== undefined) tally.serverMs.push(response.serverMs);
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
  nextBaseUrl: () => string,
  token: string,
  deadlineMs: number,
  tally: LoadTally,
  maxRounds = MAX_ROUNDS_PER_DEVICE,
): Promise<void> {
  const device = newBenchDevice();
  for (let round = 0; round < maxRounds; round += 1) {
    if (performance.now() >= deadlineMs) break;
    if (device.outbox.length === 0) makePatches(device, randomInt(1, MAX_PATCHES_PER_PUSH + 1));
    await syncOnce(nextBaseUrl, token, device, tally);
    if (performance.now() >= deadlineMs) break;
    await syncOnce(nextBaseUrl, token, device, tally);
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

interface LoadFigures {
  requestsPerSecond: number;
  p99Ms: number;
}

function printLoad(
  name: string,
  tally: LoadTally,
  elapsedMs: number,
  storedCount: number,
): LoadFigures {
  const requestCount = tally.latenciesMs.length;
  const perSecond = requestCount / (elapsedMs / 1000);
  const p50 = formatMs(percentile(tally.latenciesMs, 0.5));
  const p99Ms = percentile(tally.latenciesMs, 0.99);
  const verdict = tally.errorCount === 0 ? 'target met' : 'target missed';
  console.log(
    `  ${name.padEnd(9)} ${perSecond.toFixed(0)} requests/s, p50 ${p50}, p99 ${formatMs(p99Ms)}, ${tally.errorCount} errors (target no errors: ${verdict})`,
  );
  console.log(
    `  ${''.padEnd(9)} server's own time per request: p50 ${formatMs(percentile(tally.serverMs, 0.5))}, p99 ${formatMs(percentile(tally.serverMs, 0.99))}`,
  );
  console.log(
    `  ${''.padEnd(9)} ${formatCount(requestCount)} requests in ${(elapsedMs / 1000).toFixed(1)} s; ${formatCount(tally.acknowledgedCount)} patches acknowledged, ${formatCount(storedCount)} changes stored`,
  );
  for (const message of tally.firstErrors) console.log(`  ${''.padEnd(9)} error: ${message}`);
  return { requestsPerSecond: perSecond, p99Ms };
}

/** One device warms the server up untimed, then every device runs until the deadline. */
async function measureLoad(baseUrls: readonly string[], token: string) {
  const tally: LoadTally = {
    latenciesMs: [],
    serverMs: [],
    errorCount: 0,
    firstErrors: [],
    acknowledgedCount: 0,
  };
  let turn = 0;
  const nextBaseUrl = () => baseUrls[turn++ % baseUrls.length] ?? '';
  const warmUpDeadline = performance.now() + WARM_UP_MAX_MS;
  await runDevice(nextBaseUrl, token, warmUpDeadline, tally, WARM_UP_ROUNDS);
  tally.latenciesMs = [];
  tally.serverMs = [];
  const startedMs = performance.now();
  const deadlineMs = startedMs + loadSeconds() * 1000;
  const devices = Array.from({ length: DEVICE_COUNT }, () =>
    runDevice(nextBaseUrl, token, deadlineMs, tally),
  );
  await Promise.all(devices);
  return { tally, elapsedMs: performance.now() - startedMs };
}

/**
 * One load run on `target` with `processCount` server processes; the figures, or undefined when
 * the run failed to start.
 */
async function runLoad(
  target: DatabaseTarget,
  processCount: number,
  name: string,
): Promise<(LoadFigures & { lockWaitShare?: number }) | undefined> {
  const testDatabase = await target.open();
  const servers: ServerProcess[] = [];
  try {
    await migrateToLatest(testDatabase.database);
    for (let index = 0; index < processCount; index += 1) {
      servers.push(await startServerProcess(root, serverEnvironment(testDatabase)));
    }
    const baseUrls = servers.map((server) => server.baseUrl);
    const token = await setUpOrganization(baseUrls[0] ?? '');
    const environment = serverEnvironment(testDatabase);
    const sampler =
      environment.DATABASE_URL === undefined
        ? undefined
        : await startLockSampler(environment.DATABASE_URL);
    const { tally, elapsedMs } = await measureLoad(baseUrls, token);
    const locks = await sampler?.stop();
    const storedCount = await storedChangeCount(testDatabase);
    if (storedCount < tally.acknowledgedCount) {
      countError(tally, `${tally.acknowledgedCount - storedCount} acknowledged patches not stored`);
    }
    const figures = printLoad(name, tally, elapsedMs, storedCount);
    if (locks !== undefined) {
      const share = (locks.waitingShare * 100).toFixed(0);
      const verdict = locks.waitingShare < 0.1 ? 'target met' : 'target missed';
      console.log(
        `  ${''.padEnd(9)} a backend waiting on a lock in ${share}% of ${locks.samples} samples (target under 10%: ${verdict})`,
      );
    }
    if (tally.errorCount > 0) {
      for (const server of servers)
        console.log(`  ${''.padEnd(9)} server said: ${server.output()}`);
    }
    return { ...figures, ...(locks === undefined ? {} : { lockWaitShare: locks.waitingShare }) };
  } finally {
    for (const server of servers) await server.stop();
    await testDatabase.dispose();
  }
}

/** Prints requests/s, p50 and p99 latency and errors under load, on SQLite and PostgreSQL. */
export async function runLoadBenchmarks(): Promise<void> {
  console.log(
    `sync load (${DEVICE_COUNT} devices pushing 1-${MAX_PATCHES_PER_PUSH} patches and pulling for ${loadSeconds()} s; server in a child process)`,
  );
  const targets = databaseTargets();
  const sqlite = targets.find((target) => target.name === 'sqlite');
  const postgres = targets.find((target) => target.name === 'postgres');
  let sqliteFigures: LoadFigures | undefined;
  if (sqlite !== undefined) {
    await runReported(async () => {
      sqliteFigures = await runLoad(sqlite, 1, 'sqlite');
    });
    if (sqliteFigures !== undefined) {
      const verdict = sqliteFigures.p99Ms <= 1000 ? 'target met' : 'target missed';
      console.log(`  ${''.padEnd(9)} SQLite p99 (target at most 1 s: ${verdict})`);
    }
  }
  if (postgres === undefined) {
    console.log('  postgres  skipped: TEST_DATABASE_URL is not set');
    return;
  }
  console.log(
    'scale-out (the same load spread round-robin over server processes on one PostgreSQL)',
  );
  const byCount = new Map<number, LoadFigures>();
  for (const processCount of SCALE_OUT_PROCESS_COUNTS) {
    await runReported(async () => {
      const figures = await runLoad(postgres, processCount, `pg x${processCount}`);
      if (figures !== undefined) byCount.set(processCount, figures);
    });
  }
  const one = byCount.get(1);
  const four = byCount.get(4);
  if (one !== undefined && four !== undefined) {
    const ratio = four.requestsPerSecond / one.requestsPerSecond;
    const verdict = ratio >= 1 ? 'target met' : 'target missed';
    console.log(`  4 processes / 1: ${ratio.toFixed(2)} (target at least 1.0: ${verdict})`);
  }
  if (one !== undefined && sqliteFigures !== undefined) {
    const ratio = one.requestsPerSecond / sqliteFigures.requestsPerSecond;
    const verdict = ratio >= 0.8 ? 'target met' : 'target missed';
    console.log(`  PostgreSQL x1 / SQLite: ${ratio.toFixed(2)} (target at least 0.8: ${verdict})`);
  }
}
