// The database out of reach or out of room: clear 503 and 507 answers, health says so, the device
// keeps its edits and sends them once the database is back, and the same server recovers.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStoredStatus } from '../../src/app/sync/sync-status';
import type { RecordId } from '../../src/domain/ids';
import { classifyDatabaseError } from '../../src/server/db/database-errors';
import type { OpenApiDocument } from '../../src/server/openapi';
import { databaseTargets, postgresTarget } from './support/databases';
import { requestJson } from './support/http';
import { nodeDevice } from './support/node-device';
import {
  at,
  documentedErrorCodes,
  documentValidator,
  responseOf,
} from './support/openapi-document';
import { newDevice, patch, postSync, setUpOrganization } from './support/sync-client';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy';
import { startTestServer, type TestServer } from './support/test-server';

/** Whether the server's own OpenAPI document describes this answer, status and code included. */
async function isDocumented(
  baseUrl: string,
  path: string,
  method: string,
  answer: { status: number; body: unknown },
): Promise<boolean> {
  const document = (await (
    await fetch(`${baseUrl}/api/v1/openapi.json`)
  ).json()) as OpenApiDocument;
  const response = responseOf(document, path, method, answer.status);
  const schema = at(response, ['content', 'application/json', 'schema']);
  if (schema === undefined) return false;
  const code = (answer.body as { code?: unknown }).code;
  if (
    code !== undefined &&
    !documentedErrorCodes(document, path, method, answer.status).includes(String(code))
  )
    return false;
  const ref = at(schema, ['$ref']) === undefined ? at(schema, ['allOf', '0']) : schema;
  return documentValidator(document)(ref)(answer.body);
}

const newId = () => randomUUID() as RecordId;
const postgresUrl = process.env.TEST_DATABASE_URL;
const outageTargets = postgresUrl === undefined || postgresUrl === '' ? [] : [postgresUrl];

describe.each(outageTargets)('a PostgreSQL outage', (url) => {
  let proxy: TcpProxy;
  let running: TestServer;
  let token: string;
  beforeAll(async () => {
    const target = new URL(url);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    target.host = `127.0.0.1:${proxy.port}`;
    running = await startTestServer(postgresTarget(target.toString()));
    token = await setUpOrganization(running.baseUrl);
  });
  afterAll(async () => {
    await proxy?.restore();
    await running?.close();
    await proxy?.close();
  });

  it('answers 503 database_unavailable with Retry-After, health says degraded, and recovers', async () => {
    const tablet = nodeDevice(running.baseUrl, token);
    const clientId = newId();
    await tablet.engine.edit('client', clientId, { name: 'Mrs Alvarez' });
    await tablet.engine.syncRecords();
    await tablet.engine.edit('client', clientId, { notes: 'Typed while the database was down' });
    await proxy.cut();

    const health = await requestJson(running.baseUrl, 'GET', '/api/v1/health');
    expect(health).toMatchObject({ status: 503, body: { status: 'degraded', db: 'down' } });
    expect(Number(health.headers.get('retry-after'))).toBeGreaterThan(0);
    const raw = await postSync(running.baseUrl, newDevice(token), []);
    expect(raw).toMatchObject({ status: 503, body: { code: 'database_unavailable' } });
    expect((raw.body as { message: string }).message).toMatch(/database/);
    expect(Number(raw.headers.get('retry-after'))).toBeGreaterThan(0);
    const login = await requestJson(running.baseUrl, 'POST', '/api/v1/auth/login', {
      body: { email: 'someone@example.org', password: 'whatever it is' },
    });
    expect(login).toMatchObject({ status: 503, body: { code: 'database_unavailable' } });
    await expect(tablet.engine.syncRecords()).rejects.toMatchObject({ failure: 'unavailable' });
    expect((await readStoredStatus(tablet.store)).pendingEdits).toBe(1);
    expect(await isDocumented(running.baseUrl, '/api/v1/health', 'get', health)).toBe(true);
    expect(await isDocumented(running.baseUrl, '/api/v1/sync', 'post', raw)).toBe(true);

    await proxy.restore();
    expect(await requestJson(running.baseUrl, 'GET', '/api/v1/health')).toMatchObject({
      status: 200,
      body: { status: 'ok', db: 'postgres' },
    });
    await tablet.engine.syncRecords();
    expect((await readStoredStatus(tablet.store)).pendingEdits).toBe(0);
    const desktop = nodeDevice(running.baseUrl, token);
    await desktop.engine.syncRecords();
    expect((await desktop.engine.readRecord('client', clientId))?.fields).toMatchObject({
      name: 'Mrs Alvarez',
      notes: 'Typed while the database was down',
    });
  });

  it('keeps running when the connection a request holds ends under it', async () => {
    const { db } = running.testDatabase.database;
    const failure = await db.connection().execute(async (connection) => {
      await sql`select 1`.execute(connection);
      await proxy.cut();
      // Let the client hear its connection end while it is checked out of the pool.
      await new Promise((resolve) => setTimeout(resolve, 50));
      return sql`select 1`.execute(connection).then(
        () => undefined,
        (error: unknown) => classifyDatabaseError(error),
      );
    });
    expect(failure).toBe('unavailable');
    await proxy.restore();
    expect((await requestJson(running.baseUrl, 'GET', '/api/v1/health')).status).toBe(200);
  });
});

describe.each(databaseTargets().filter((target) => target.name === 'sqlite'))(
  'a full disk on $name',
  (target) => {
    let running: TestServer;
    let token: string;
    beforeAll(async () => {
      running = await startTestServer(target);
      token = await setUpOrganization(running.baseUrl);
    });
    afterAll(async () => {
      await running?.close();
    });

    /** Lets the database file grow by `pages` pages at most (SQLite's max_page_count). */
    const capGrowth = async (pages: number) => {
      const { db } = running.testDatabase.database;
      const { rows } = await sql<{ page_count: number }>`pragma page_count`.execute(db);
      await sql.raw(`pragma max_page_count = ${(rows[0]?.page_count ?? 0) + pages}`).execute(db);
    };

    it('answers 507 storage_full, keeps the edit on the device, and sends it once there is room', async () => {
      const tablet = nodeDevice(running.baseUrl, token);
      const roomId = newId();
      await tablet.engine.edit('room', roomId, { name: 'Kitchen' });
      await tablet.engine.syncRecords();
      await capGrowth(0);
      const notes = 'n'.repeat(9_000);
      for (let index = 0; index < 50; index += 1)
        await tablet.engine.edit('room', newId(), { name: `Room ${index}`, notes });
      const writer = newDevice(token);
      const push = Array.from({ length: 50 }, () =>
        patch(writer, 'room', randomUUID(), { name: 'Hall', notes }),
      );
      const raw = await postSync(running.baseUrl, writer, push);
      expect(raw).toMatchObject({ status: 507, body: { code: 'storage_full' } });
      expect(await isDocumented(running.baseUrl, '/api/v1/sync', 'post', raw)).toBe(true);
      await expect(tablet.engine.syncRecords()).rejects.toMatchObject({ failure: 'unavailable' });
      expect((await readStoredStatus(tablet.store)).pendingEdits).toBe(50);
      expect((await requestJson(running.baseUrl, 'GET', '/api/v1/health')).status).toBe(200);

      await capGrowth(100_000);
      await tablet.engine.syncRecords();
      expect((await readStoredStatus(tablet.store)).pendingEdits).toBe(0);
    });
  },
);
