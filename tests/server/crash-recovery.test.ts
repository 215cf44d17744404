// The server killed (SIGKILL) while a device's push is in flight: the device retries after a restart,
// and every edit is applied exactly once.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { RecordId } from '../../src/domain/ids';
import { SQLITE_FILE_NAME } from '../../src/server/db/database';
import { nodeDevice } from './support/node-device';
import { freePort, spawnServer, waitForExit, waitUntilServing } from './support/run-server-process';
import { setUpOrganization } from './support/sync-client';

const dataDir = mkdtempSync(join(tmpdir(), 'homeassess-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function startServer(port: number) {
  const child = spawnServer({ DATA_DIR: dataDir, PORT: String(port) });
  const exited = waitForExit(child);
  await waitUntilServing(port, child);
  return { child, exited };
}

const KILL_DELAYS_MS = [0, 2, 5, 10, 20, 40, 80];
const EDITS_PER_ROUND = 20;

describe('a server killed mid-push', () => {
  it('loses no edit and applies none twice', async () => {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    let server = await startServer(port);
    const device = nodeDevice(baseUrl, await setUpOrganization(baseUrl));
    const written: string[] = [];
    const outcomes: string[] = [];
    for (const delayMs of KILL_DELAYS_MS) {
      for (let index = 0; index < EDITS_PER_ROUND; index += 1) {
        const id = randomUUID();
        written.push(id);
        await device.engine.edit('room', id as RecordId, { name: `Room ${written.length}` });
      }
      const inFlight = device.engine.syncRecords().then(
        () => 'answered',
        () => 'cut off',
      );
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      server.child.kill('SIGKILL');
      await server.exited;
      outcomes.push(await inFlight);
      server = await startServer(port);
      await device.engine.syncRecords();
    }
    server.child.kill('SIGTERM');
    await server.exited;
    const database = new SqliteDatabase(join(dataDir, SQLITE_FILE_NAME), { readonly: true });
    const rows = database.prepare('select record_id from changes order by seq').all() as {
      record_id: string;
    }[];
    database.close();
    expect(rows.map((row) => row.record_id).sort()).toEqual([...written].sort());
    expect(await device.store.countOutbox()).toBe(0);
    expect(outcomes).toContain('cut off');
  });
});
