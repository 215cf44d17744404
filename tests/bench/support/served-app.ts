// The built app served by the real server from a temporary DATA_DIR, with Debian's Chromium
// launched beside it; whatever a run started is stopped when it ends, however it ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { startServerProcess } from './server-process';

const root = join(import.meta.dirname, '..', '..', '..');

/** Chromium without the background work that would add noise to timings. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ServedApp {
  baseUrl: string;
  browser: Browser;
  /** Stops something else the run started, before the browser and the server (last in, first out). */
  onCleanup(cleanup: () => Promise<void>): void;
}

/** Serves `dist` on a free loopback port, launches Chromium, runs `run`, then stops everything. */
export async function withServedApp(
  name: string,
  run: (app: ServedApp) => Promise<void>,
): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), `homeassess-${name}-bench-`));
  const cleanups: (() => Promise<void>)[] = [
    async () => rmSync(dataDir, { recursive: true, force: true }),
  ];
  try {
    const server = await startServerProcess(root, {
      DATA_DIR: dataDir,
      APP_DIR: join(root, 'dist'),
    });
    cleanups.push(server.stop);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    cleanups.push(() => browser.close());
    await run({
      baseUrl: server.baseUrl,
      browser,
      onCleanup: (cleanup) => cleanups.push(cleanup),
    });
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}
