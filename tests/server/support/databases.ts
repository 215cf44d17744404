// The databases every server test runs against: SQLite always, PostgreSQL when TEST_DATABASE_URL is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { DatabaseConfig } from '../../../src/server/config';
import { type Database, openDatabase } from '../../../src/server/db/database';

export interface TestDatabase {
  database: Database;
  config: DatabaseConfig;
  /** Closes the database and removes everything the test wrote. */
  dispose(): Promise<void>;
}

export interface DatabaseTarget {
  name: 'sqlite' | 'postgres';
  open(): Promise<TestDatabase>;
}

async function openSqliteTarget(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'homeassess-test-'));
  const config: DatabaseConfig = { kind: 'sqlite', dataDir };
  const database = await openDatabase(config);
  return {
    database,
    config,
    dispose: async () => {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function openPostgresTarget(url: string): Promise<TestDatabase> {
  const schema = `test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const config: DatabaseConfig = { kind: 'postgres', url, schema };
  const database = await openDatabase(config);
  return {
    database,
    config,
    dispose: async () => {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(database.db);
      await database.close();
    },
  };
}

/** PostgreSQL at `url`, in a schema of its own. */
export function postgresTarget(url: string): DatabaseTarget {
  return { name: 'postgres', open: () => openPostgresTarget(url) };
}

/** SQLite, plus PostgreSQL when TEST_DATABASE_URL names one (CI sets it). */
export function databaseTargets(): DatabaseTarget[] {
  const targets: DatabaseTarget[] = [{ name: 'sqlite', open: openSqliteTarget }];
  const url = process.env.TEST_DATABASE_URL;
  if (url !== undefined && url !== '') {
    targets.push(postgresTarget(url));
  }
  return targets;
}
