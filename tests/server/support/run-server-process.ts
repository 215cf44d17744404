// Runs the real server entry point as a child process, as `npm start` does, for start-up tests.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

export interface ProcessResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

const ENTRY = ['--import', 'tsx', 'src/server/main.ts'];

/** Starts the server with `environment` added to a minimal environment. */
export function spawnServer(environment: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ENTRY, {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Collects a child's output until it exits. */
export function waitForExit(child: ChildProcess): Promise<ProcessResult> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => {
    child.on('exit', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

/** Resolves once the server answers its health endpoint on `port`. */
export async function waitUntilServing(port: number, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}.`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A loopback port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('No port.');
  return address.port;
}
