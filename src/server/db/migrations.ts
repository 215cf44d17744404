// Schema migrations, run at every start on SQLite and PostgreSQL alike; each step is applied once.
import type { Kysely, Migration, MigrationProvider, MigrationResultSet } from 'kysely';
import { Migrator, sql } from 'kysely';
import type { Schema } from './schema';

async function createAccounts(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organizations')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('created_at', 'bigint', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organization_id', 'text', (column) =>
      column.notNull().references('organizations.id'),
    )
    .addColumn('email', 'text', (column) => column.notNull().unique())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('role', 'text', (column) => column.notNull())
    .addColumn('password_hash', 'text', (column) => column.notNull())
    .addColumn('disabled', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('users_by_organization')
    .on('users')
    .columns(['organization_id', 'email'])
    .execute();
  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (column) => column.primaryKey())
    .addColumn('organization_id', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('created_at', 'bigint', (column) => column.notNull())
    .addColumn('expires_at', 'bigint', (column) => column.notNull())
    .addColumn('revoked_at', 'bigint')
    .execute();
}

async function createSyncTables(db: Kysely<unknown>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .createTable('organization_counters')
    .addColumn('organization_id', 'text', (column) => column.primaryKey())
    .addColumn('last_seq', 'bigint', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('devices')
    .addColumn('organization_id', 'text', (column) => column.notNull())
    .addColumn('device_id', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('last_seq', 'bigint', (column) => column.notNull())
    .addColumn('created_at', 'bigint', (column) => column.notNull())
    .addPrimaryKeyConstraint('devices_pk', ['organization_id', 'device_id'])
    .execute();
  await db.schema
    .createTable('processed_patches')
    .addColumn('organization_id', 'text', (column) => column.notNull())
    .addColumn('device_id', 'text', (column) => column.notNull())
    .addColumn('seq', 'bigint', (column) => column.notNull())
    .addColumn('digest', 'text', (column) => column.notNull())
    .addColumn('rejection_code', 'text')
    .addColumn('rejection_message', 'text')
    .addPrimaryKeyConstraint('processed_patches_pk', ['organization_id', 'device_id', 'seq'])
    .execute();
  await db.schema
    .createTable('changes')
    .addColumn('organization_id', 'text', (column) => column.notNull())
    .addColumn('seq', 'bigint', (column) => column.notNull())
    .addColumn('entity', 'text', (column) => column.notNull())
    .addColumn('record_id', 'text', (column) => column.notNull())
    .addColumn('set_json', 'text', (column) => column.notNull())
    .addColumn('device_id', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('at', 'bigint', (column) => column.notNull())
    .addColumn('device_seq', 'bigint')
    .addPrimaryKeyConstraint('changes_pk', ['organization_id', 'seq'])
    .execute();
  await db.schema
    .createTable('records')
    .addColumn('organization_id', 'text', (column) => column.notNull())
    .addColumn('entity', 'text', (column) => column.notNull())
    .addColumn('record_id', 'text', (column) => column.notNull())
    .addColumn('state_json', 'text', (column) => column.notNull())
    .addColumn('latest_seq', 'bigint', (column) => column.notNull())
    .addPrimaryKeyConstraint('records_pk', ['organization_id', 'entity', 'record_id'])
    .execute();
  await db.schema
    .createIndex('records_by_latest_seq')
    .on('records')
    .columns(['organization_id', 'latest_seq'])
    .execute();
  await db.schema
    .createTable('blobs')
    .addColumn('organization_id', 'text', (column) => column.notNull())
    .addColumn('sha256', 'text', (column) => column.notNull())
    .addColumn('mime_type', 'text', (column) => column.notNull())
    .addColumn('byte_size', 'bigint', (column) => column.notNull())
    .addColumn('bytes', kind === 'postgres' ? 'bytea' : 'blob', (column) => column.notNull())
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addColumn('created_at', 'bigint', (column) => column.notNull())
    .addPrimaryKeyConstraint('blobs_pk', ['organization_id', 'sha256'])
    .execute();
}

async function createSecurityTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('login_attempts')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('attempt_key', 'text', (column) => column.notNull())
    .addColumn('at', 'bigint', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('login_attempts_by_key')
    .on('login_attempts')
    .columns(['attempt_key', 'at'])
    .execute();
  await db.schema.createIndex('login_attempts_by_at').on('login_attempts').column('at').execute();
  await db.schema
    .createTable('audit_events')
    .addColumn('organization_id', 'text', (column) => column.notNull())
    .addColumn('id', 'text', (column) => column.notNull())
    .addColumn('at', 'bigint', (column) => column.notNull())
    .addColumn('user_id', 'text')
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('target', 'text')
    .addColumn('ip', 'text')
    .addColumn('details_json', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('audit_events_pk', ['organization_id', 'id'])
    .execute();
}

export type DatabaseKind = 'sqlite' | 'postgres';

/** Every migration in order; names sort in the order they apply. Never edit a released one. */
/**
 * A migration that may index a large table: on PostgreSQL its transaction lifts the server's
 * statement limit, which is meant for requests, not for a schema change on millions of rows.
 */
function unlimited(kind: DatabaseKind, up: (db: Kysely<unknown>) => Promise<void>): Migration {
  return {
    up: async (db) => {
      if (kind === 'postgres') await sql`set local statement_timeout = 0`.execute(db);
      await up(db);
    },
  };
}

export function migrationsFor(kind: DatabaseKind): Record<string, Migration> {
  return {
    '001_accounts': unlimited(kind, createAccounts),
    '002_sync': unlimited(kind, (db) => createSyncTables(db, kind)),
    '003_security': unlimited(kind, createSecurityTables),
  };
}

/** Applies every pending migration; applying again when none is pending changes nothing. */
export async function migrateToLatest(database: {
  db: Kysely<Schema>;
  kind: DatabaseKind;
}): Promise<MigrationResultSet> {
  const { db, kind } = database;
  const migrations = migrationsFor(kind);
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  // Kysely looks for its bookkeeping tables in every schema unless told which; name the one in
  // use so a database holding other schemas (another clinic's, a test's) migrates its own.
  const migrationTableSchema =
    kind === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]
          ?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider,
    ...(migrationTableSchema === undefined ? {} : { migrationTableSchema }),
  });
  const resultSet = await migrator.migrateToLatest();
  if (resultSet.error !== undefined) {
    const failed = resultSet.results?.find((result) => result.status === 'Error');
    const reason =
      resultSet.error instanceof Error ? resultSet.error.message : String(resultSet.error);
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${reason}`);
  }
  return resultSet;
}
