// Starting the server: bad configuration is a clear message and exit 1; SIGTERM stops it cleanly.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, spawnServer, waitForExit, waitUntilServing } from './support/run-server-process';

const scratch = mkdtempSync(join(tmpdir(), 'homeassess-startup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function expectNoStackTrace(output: string): void {
  expect(output).not.toMatch(/^\s+at /m);
}

describe('server start-up', () => {
  it('exits 1 with a clear message when DATABASE_URL cannot be reached', async () => {
    const port = await freePort();
    const result = await waitForExit(
      spawnServer({
        DATABASE_URL: `postgres://someone:secret@127.0.0.1:${port}/clinic`,
        PORT: '0',
      }),
    );
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('Could not connect to the PostgreSQL database');
    expect(result.stderr).not.toContain('secret');
    expectNoStackTrace(result.stderr);
  });

  it('exits 1 with a clear message when DATABASE_URL is not a PostgreSQL URL', async () => {
    const result = await waitForExit(spawnServer({ DATABASE_URL: 'mysql://db/clinic' }));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('DATABASE_URL must start with postgres://');
    expectNoStackTrace(result.stderr);
  });

  it('exits 1 with a clear message when DATA_DIR cannot be written', async () => {
    const aFile = join(scratch, 'not-a-folder');
    writeFileSync(aFile, 'x');
    const result = await waitForExit(spawnServer({ DATA_DIR: join(aFile, 'data'), PORT: '0' }));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('DATA_DIR');
    expect(result.stderr).toContain('cannot be used');
    expectNoStackTrace(result.stderr);
  });

  it('exits 1 with a clear message when the port is in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    if (address === null || typeof address === 'string') throw new Error('No port.');
    const result = await waitForExit(
      spawnServer({ DATA_DIR: join(scratch, 'port-in-use'), PORT: String(address.port) }),
    );
    await new Promise((resolve) => blocker.close(resolve));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`Port ${address.port} is already in use`);
    expectNoStackTrace(result.stderr);
  });

  it('serves health, then stops cleanly with exit 0 on SIGTERM', async () => {
    const port = await freePort();
    const child = spawnServer({ DATA_DIR: join(scratch, 'graceful'), PORT: String(port) });
    const exited = waitForExit(child);
    await waitUntilServing(port, child);
    child.kill('SIGTERM');
    const result = await exited;
    expect(result.exitCode).toBe(0);
  });
});
