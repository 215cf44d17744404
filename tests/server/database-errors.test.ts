// Which driver errors mean the database is out of reach or out of room, from real drivers first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyDatabaseError } from '../../src/server/db/database-errors';

/** The error `run` throws; fails the test when it throws none. */
async function errorOf(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('Expected an error.');
}

describe('classifying errors from the real drivers', () => {
  const folder = mkdtempSync(join(tmpdir(), 'homeassess-errors-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('calls SQLite out of pages (SQLITE_FULL) storage full', async () => {
    const sqlite = new SqliteDatabase(join(folder, 'full.sqlite'));
    sqlite.exec('create table notes (text text)');
    sqlite.pragma(`max_page_count = ${Number(sqlite.pragma('page_count', { simple: true }))}`);
    const error = await errorOf(() =>
      sqlite.prepare('insert into notes values (?)').run('n'.repeat(100_000)),
    );
    sqlite.close();
    expect(error).toMatchObject({ code: 'SQLITE_FULL' });
    expect(classifyDatabaseError(error)).toBe('storage_full');
  });

  it('calls a SQLite file that cannot be opened (SQLITE_CANTOPEN) unavailable', async () => {
    // A folder where the file should be: SQLite itself cannot open it.
    const error = await errorOf(() => new SqliteDatabase(folder));
    expect(error).toMatchObject({ code: 'SQLITE_CANTOPEN' });
    expect(classifyDatabaseError(error)).toBe('unavailable');
  });

  it('calls a refused PostgreSQL connection (ECONNREFUSED) unavailable', async () => {
    const client = new pg.Client({ host: '127.0.0.1', port: 1, connectionTimeoutMillis: 2000 });
    const error = await errorOf(() => client.connect());
    expect(classifyDatabaseError(error)).toBe('unavailable');
  });

  const url = process.env.TEST_DATABASE_URL;
  it.runIf(url !== undefined && url !== '')(
    'calls a backend ended by the administrator (57P01) unavailable',
    async () => {
      const client = new pg.Client({ connectionString: url });
      client.on('error', () => undefined);
      await client.connect();
      const error = await errorOf(() =>
        client.query('select pg_terminate_backend(pg_backend_pid())'),
      );
      await client.end().catch(() => undefined);
      expect(error).toMatchObject({ code: '57P01' });
      expect(classifyDatabaseError(error)).toBe('unavailable');
    },
  );
});

describe('classifying errors by code and message', () => {
  const withCode = (code: string) => Object.assign(new Error('failed'), { code });

  it.each([
    ['53100', 'storage_full'],
    ['ENOSPC', 'storage_full'],
    ['EDQUOT', 'storage_full'],
    ['SQLITE_FULL', 'storage_full'],
    ['08006', 'unavailable'],
    ['08001', 'unavailable'],
    ['57P01', 'unavailable'],
    ['57P03', 'unavailable'],
    ['53300', 'unavailable'],
    ['ECONNRESET', 'unavailable'],
    ['ETIMEDOUT', 'unavailable'],
    ['SQLITE_IOERR', 'unavailable'],
    ['SQLITE_IOERR_WRITE', 'unavailable'],
    ['SQLITE_CANTOPEN', 'unavailable'],
    ['SQLITE_BUSY', 'unavailable'],
  ])('calls code %s %s', (code, failure) => {
    expect(classifyDatabaseError(withCode(code))).toBe(failure);
  });

  it.each(['23505', '22P02', '40P01', 'SQLITE_CONSTRAINT', 'SQLITE_CORRUPT', 'SQLITE_IOERRX'])(
    'leaves code %s to the internal error',
    (code) => {
      expect(classifyDatabaseError(withCode(code))).toBeUndefined();
    },
  );

  it("reads the pg client's messages, which carry no code", () => {
    for (const message of [
      'Connection terminated unexpectedly',
      'Connection terminated due to connection timeout',
      'timeout exceeded when trying to connect',
      'Client has encountered a connection error and is not queryable',
    ])
      expect({ message, failure: classifyDatabaseError(new Error(message)) }).toEqual({
        message,
        failure: 'unavailable',
      });
    expect(classifyDatabaseError(new Error('syntax error at or near "selec"'))).toBeUndefined();
  });

  it('looks into causes and aggregated errors, and ignores what is not an error', () => {
    const wrapped = new Error('query failed', { cause: withCode('ECONNREFUSED') });
    expect(classifyDatabaseError(wrapped)).toBe('unavailable');
    const aggregate = new AggregateError([new Error('x'), withCode('ENOSPC')], 'all failed');
    expect(classifyDatabaseError(aggregate)).toBe('storage_full');
    expect(classifyDatabaseError('ECONNREFUSED')).toBeUndefined();
    expect(classifyDatabaseError(null)).toBeUndefined();
    expect(classifyDatabaseError(new TypeError('x is undefined'))).toBeUndefined();
  });
});
