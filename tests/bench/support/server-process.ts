// Runs the real server entry point (src/server/main.ts) in a child process on a loopback port.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

export interface ServerProcess {
  baseUrl: string;
  /** The end of what the server wrote (its warnings and errors), for a failure report. */
  output(): string;
  /** Stops the server with SIGTERM (SIGKILL if it does not exit in time) and waits for it. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
const POLL_INTERVAL_MS = 100;
const OUTPUT_KEPT_CHARS = 2_000;

/** A port nobody listens on right now (the OS picks it; a tiny race with other programs remains). */
function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const pause = (durationMs: number) => new Promise((resolve) => setTimeout(resolve, durationMs));

async function isServing(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/api/v1/health`, {
      signal: AbortSignal.timeout(POLL_INTERVAL_MS * 10),
    });
    return response.ok;
  } catch {
    return false;
  }
}

async function waitUntilServing(baseUrl: string, child: ChildProcess, output: () => string) {
  const deadlineMs = performance.now() + START_TIMEOUT_MS;
  while (performance.now() < deadlineMs) {
    if (child.exitCode !== null)
      throw new Error(`The server exited with ${child.exitCode}: ${output().trim()}`);
    if (await isServing(baseUrl)) return;
    await pause(POLL_INTERVAL_MS);
  }
  throw new Error(`The server did not answer within ${START_TIMEOUT_MS / 1000} s.`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killTimer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(killTimer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts `node --import tsx src/server/main.ts` in `root` with `environment` and waits for it. */
export async function startServerProcess(
  root: string,
  environment: Record<string, string>,
): Promise<ServerProcess> {
  const port = await freeLoopbackPort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      APP_DIR: '/nonexistent-app',
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_KEPT_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(baseUrl, child, () => output);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { baseUrl, output: () => output, stop: () => stopChild(child) };
}
