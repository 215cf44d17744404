// Opens the organization's database: embedded SQLite under DATA_DIR, or PostgreSQL from DATABASE_URL.
import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type SqliteDatabase as SqliteDialectDatabase,
  sql,
} from 'kysely';
import pg from 'pg';
import {
  ConfigError,
  type DatabaseConfig,
  DEFAULT_POSTGRES_LIMITS,
  type PostgresLimits,
} from '../config';
import type { Schema } from './schema';

export interface Database {
  db: Kysely<Schema>;
  kind: 'sqlite' | 'postgres';
  close(): Promise<void>;
}

export const SQLITE_FILE_NAME = 'homeassess.sqlite';
const POSTGRES_CONNECT_TIMEOUT_MS = 5_000;
/** Prepared SQLite statements kept for reuse; the server issues far fewer distinct texts. */
const STATEMENT_CACHE_SIZE = 500;
const POSTGRES_INT8_OID = 20;

function errorCode(error: unknown): string {
  if (error instanceof Error && 'code' in error) return String(error.code);
  return error instanceof Error ? error.message : String(error);
}

function ensureWritableDirectory(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    throw new ConfigError(
      `DATA_DIR "${dataDir}" cannot be used for the database (${errorCode(error)}). ` +
        'Set DATA_DIR to a folder the server may create and write to.',
    );
  }
}

/**
 * The connection as Kysely sees it, keeping each prepared statement for its SQL text. Kysely
 * asks better-sqlite3 to prepare every query anew, and parsing a push's multi-row inserts costs
 * as much as running them. Statements are never used at once: Kysely runs one query at a time
 * on SQLite's single connection.
 */
function withStatementCache(sqlite: SqliteDatabase.Database): SqliteDialectDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text) {
      const kept = statements.get(text);
      if (kept !== undefined) return kept;
      const statement = sqlite.prepare(text);
      if (statements.size >= STATEMENT_CACHE_SIZE) {
        const oldest = statements.keys().next().value;
        if (oldest !== undefined) statements.delete(oldest);
      }
      statements.set(text, statement);
      return statement;
    },
  };
}

function openSqlite(dataDir: string): Database {
  ensureWritableDirectory(dataDir);
  const file = join(dataDir, SQLITE_FILE_NAME);
  let sqlite: SqliteDatabase.Database;
  try {
    sqlite = new SqliteDatabase(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('cache_size = -65536');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
  } catch (error) {
    throw new ConfigError(`The SQLite database "${file}" cannot be opened (${errorCode(error)}).`);
  }
  const db = new Kysely<Schema>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return { db, kind: 'sqlite', close: () => db.destroy() };
}

/** The URL with its password hidden, for messages and logs. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

async function openPostgres(
  url: string,
  schema: string | undefined,
  limits: PostgresLimits,
): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS,
    max: limits.poolSize,
    // Set on each session at connect: a runaway statement, or a transaction whose process stalled
    // between statements, is ended by PostgreSQL and cannot hold the organization's order.
    statement_timeout: limits.statementTimeoutMs,
    idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === POSTGRES_INT8_OID ? Number : pg.types.getTypeParser(oid, format)) as never,
    },
  });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on the next query.
  });
  // A client also emits 'error' when its connection ends while a request holds it (PostgreSQL
  // restarted, the network cut): the query fails on its own and the pool drops the client on
  // release, but an 'error' event nobody hears would end the whole process.
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  try {
    if (schema !== undefined) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    const reason =
      error instanceof Error && error.message !== '' ? error.message : errorCode(error);
    throw new ConfigError(
      `Could not connect to the PostgreSQL database at ${describeDatabaseUrl(url)}: ${reason}. ` +
        'Check DATABASE_URL, that the server is running and that the role may log in.',
    );
  }
  return { db, kind: 'postgres', close: () => db.destroy() };
}

/** Opens the configured database; a bad DATA_DIR or unreachable DATABASE_URL throws ConfigError. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === 'sqlite') return openSqlite(config.dataDir);
  return openPostgres(config.url, config.schema, config.limits ?? DEFAULT_POSTGRES_LIMITS);
}
