// PostgreSQL as the server runs it: a runaway statement is cancelled and a transaction left idle is
// ended, so neither holds a lock the organization's other requests wait on; after a bulk write the
// sync tables' statistics are refreshed at once, so the next snapshot is planned for the new size.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POSTGRES_LIMITS, loadConfig } from '../../src/server/config';
import { createAnalyzeGuard } from '../../src/server/db/analyze-guard';
import { type Database, openDatabase } from '../../src/server/db/database';
import { classifyDatabaseError } from '../../src/server/db/database-errors';
import { migrateToLatest } from '../../src/server/db/migrations';
import { postgresTarget } from './support/databases';

const url = process.env.TEST_DATABASE_URL;
const hasPostgres = url !== undefined && url !== '';
const STATEMENT_TIMEOUT_MS = 300;
const IDLE_TIMEOUT_MS = 300;
/** How long the stalled request sleeps inside its transaction: far past the idle limit. */
const STALL_MS = IDLE_TIMEOUT_MS * 10;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the PostgreSQL limits in the configuration', () => {
  it('defaults to a pool of 10, a 30 s statement limit and a 10 s idle-transaction limit', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://clinic@db/clinic' }, '/srv');
    expect(config.database).toMatchObject({ kind: 'postgres', limits: DEFAULT_POSTGRES_LIMITS });
    expect(DEFAULT_POSTGRES_LIMITS).toEqual({
      poolSize: 10,
      statementTimeoutMs: 30_000,
      idleInTransactionTimeoutMs: 10_000,
    });
  });

  it('reads each limit from its variable', () => {
    const config = loadConfig(
      {
        DATABASE_URL: 'postgres://clinic@db/clinic',
        DATABASE_POOL_SIZE: '25',
        DATABASE_STATEMENT_TIMEOUT_MS: '5000',
        DATABASE_IDLE_TRANSACTION_TIMEOUT_MS: '0',
      },
      '/srv',
    );
    expect(config.database).toMatchObject({
      limits: { poolSize: 25, statementTimeoutMs: 5000, idleInTransactionTimeoutMs: 0 },
    });
  });

  it.each([
    [
      'DATABASE_POOL_SIZE',
      '0',
      'DATABASE_POOL_SIZE must be a whole number from 1 to 1000; got "0".',
    ],
    ['DATABASE_POOL_SIZE', 'ten', 'DATABASE_POOL_SIZE must be a whole number from 1 to 1000'],
    ['DATABASE_STATEMENT_TIMEOUT_MS', '-1', 'DATABASE_STATEMENT_TIMEOUT_MS must be a whole number'],
    ['DATABASE_IDLE_TRANSACTION_TIMEOUT_MS', '1.5', 'from 0 to 3600000; got "1.5".'],
  ])('refuses %s=%s with the reason', (name, value, message) => {
    expect(() =>
      loadConfig({ DATABASE_URL: 'postgres://clinic@db/clinic', [name]: value }, '/srv'),
    ).toThrow(message);
  });
});

describe.runIf(hasPostgres)('PostgreSQL sessions under the limits', () => {
  const schema = `limits_${process.pid}_${Date.now()}`;
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase({
      kind: 'postgres',
      url: url ?? '',
      schema,
      limits: {
        poolSize: 3,
        statementTimeoutMs: STATEMENT_TIMEOUT_MS,
        idleInTransactionTimeoutMs: IDLE_TIMEOUT_MS,
      },
    });
    await sql`create table counters (id int primary key, value int not null)`.execute(database.db);
    await sql`insert into counters values (1, 0)`.execute(database.db);
  });

  afterAll(async () => {
    await sql`drop schema ${sql.id(schema)} cascade`.execute(database.db);
    await database.close();
  });

  it('cancels a statement that runs past the limit as a passing unavailability', async () => {
    const error = await sql`select pg_sleep(2)`.execute(database.db).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toMatchObject({ code: '57014' });
    expect(classifyDatabaseError(error)).toBe('unavailable');
    const after = await sql<{ one: number }>`select 1 as one`.execute(database.db);
    expect(after.rows[0]?.one).toBe(1);
  });

  it('ends a transaction left idle, so the row it locked is free for the next request', async () => {
    const stalled = database.db.transaction().execute(async (transaction) => {
      await sql`select value from counters where id = 1 for update`.execute(transaction);
      await pause(STALL_MS);
      await sql`update counters set value = value + 1 where id = 1`.execute(transaction);
    });
    const stalledOutcome = stalled.then(
      () => 'committed',
      () => 'ended',
    );
    await pause(IDLE_TIMEOUT_MS / 3);
    const startedAt = Date.now();
    await database.db.transaction().execute(async (transaction) => {
      await sql`select value from counters where id = 1 for update`.execute(transaction);
      await sql`update counters set value = value + 10 where id = 1`.execute(transaction);
    });
    const waitedMs = Date.now() - startedAt;
    expect(await stalledOutcome).toBe('ended');
    // It did not wait for the stalled request to wake: PostgreSQL ended that transaction first.
    expect(waitedMs).toBeLessThan(STALL_MS);
    const row = await sql<{ value: number }>`select value from counters where id = 1`.execute(
      database.db,
    );
    expect(row.rows[0]?.value).toBe(10);
  });
});

describe.runIf(hasPostgres)('PostgreSQL statistics after bulk writes', () => {
  const EVERY_ROWS = 100;

  it('analyses the sync tables once the rows written pass the threshold, not before', async () => {
    const opened = await postgresTarget(url ?? '').open();
    try {
      await migrateToLatest(opened.database);
      const lastAnalyzed = async () => {
        const result = await sql<{ analyzed: string | null }>`
          select last_analyze::text as analyzed from pg_stat_user_tables
          where schemaname = current_schema() and relname = 'changes'`.execute(opened.database.db);
        return result.rows[0]?.analyzed ?? null;
      };
      const guard = createAnalyzeGuard(opened.database, EVERY_ROWS);
      guard.noteWrites(EVERY_ROWS - 1);
      await guard.settled();
      expect(await lastAnalyzed()).toBeNull();
      guard.noteWrites(1);
      await guard.settled();
      expect(await lastAnalyzed()).not.toBeNull();
    } finally {
      await opened.dispose();
    }
  });
});
