// The health endpoint and the migrations, over real HTTP, on every configured database.
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/server/db/migrations';
import { databaseTargets } from './support/databases';
import { startTestServer, TEST_VERSION, type TestServer } from './support/test-server';

describe.each(databaseTargets())('on $name', (target) => {
  let running: TestServer | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });

  it('answers health with its status, database kind and version', async () => {
    running = await startTestServer(target);
    const response = await fetch(`${running.baseUrl}/api/v1/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', db: target.name, version: TEST_VERSION });
  });

  it('answers an unknown API route with 404 and a code, not the app page', async () => {
    running = await startTestServer(target);
    const response = await fetch(`${running.baseUrl}/api/v1/no-such-thing`, {
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'not_found' });
  });

  it('changes nothing when the migrations are applied a second time', async () => {
    running = await startTestServer(target);
    const { db } = running.testDatabase.database;
    const describeTables = async () =>
      (await db.introspection.getTables())
        .map((table) => ({ name: table.name, columns: table.columns.map((c) => c.name).sort() }))
        .sort((a, b) => a.name.localeCompare(b.name));
    const before = await describeTables();
    const second = await migrateToLatest(running.testDatabase.database);
    expect(second.results).toEqual([]);
    expect(await describeTables()).toEqual(before);
    expect(before.map((table) => table.name)).toEqual(
      expect.arrayContaining(['organizations', 'users', 'sessions', 'changes', 'records', 'blobs']),
    );
  });
});
