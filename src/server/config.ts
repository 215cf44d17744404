// Reads the server's configuration from the environment and says plainly what is wrong with it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createSecureContext } from 'node:tls';

export type DatabaseConfig =
  | { kind: 'sqlite'; dataDir: string }
  | { kind: 'postgres'; url: string; schema?: string; limits?: PostgresLimits };

/** How much of PostgreSQL one server process may hold, and for how long. */
export interface PostgresLimits {
  /** Connections this process keeps open at most. */
  poolSize: number;
  /** A statement running longer is cancelled (0: never). */
  statementTimeoutMs: number;
  /** A transaction idle this long between statements is ended, releasing its locks (0: never). */
  idleInTransactionTimeoutMs: number;
}

/**
 * Ten connections per process leave room for several processes under PostgreSQL's default 100.
 * No request's statement takes seconds, so 30 s only ends a runaway; no push waits between its
 * statements for more than milliseconds, so 10 s only ends a transaction whose process stalled,
 * before it holds the organization's order for long.
 */
export const DEFAULT_POSTGRES_LIMITS: PostgresLimits = {
  poolSize: 10,
  statementTimeoutMs: 30_000,
  idleInTransactionTimeoutMs: 10_000,
};
const MAX_POOL_SIZE = 1_000;
const MAX_TIMEOUT_MS = 3_600_000;

export interface ServerConfig {
  host: string;
  port: number;
  database: DatabaseConfig;
  dataDir: string;
  appDir: string;
  logLevel: string;
  trustProxy: boolean;
  signupOpen: boolean;
  /** The certificate and key to serve HTTPS directly; absent for plain HTTP (or a TLS proxy). */
  tls?: TlsFiles;
}

export interface TlsFiles {
  cert: Buffer;
  key: Buffer;
}

/** A configuration mistake a person can fix; main() prints its message without a stack trace. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const DEFAULT_PORT = 8080;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535; got "${raw}".`);
  }
  return port;
}

function parseWholeNumber(
  name: string,
  raw: string | undefined,
  fallback: number,
  range: { min: number; max: number },
): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new ConfigError(
      `${name} must be a whole number from ${range.min} to ${range.max}; got "${raw}".`,
    );
  }
  return value;
}

function parsePostgresLimits(env: Record<string, string | undefined>): PostgresLimits {
  const timeout = { min: 0, max: MAX_TIMEOUT_MS };
  return {
    poolSize: parseWholeNumber(
      'DATABASE_POOL_SIZE',
      env.DATABASE_POOL_SIZE,
      DEFAULT_POSTGRES_LIMITS.poolSize,
      {
        min: 1,
        max: MAX_POOL_SIZE,
      },
    ),
    statementTimeoutMs: parseWholeNumber(
      'DATABASE_STATEMENT_TIMEOUT_MS',
      env.DATABASE_STATEMENT_TIMEOUT_MS,
      DEFAULT_POSTGRES_LIMITS.statementTimeoutMs,
      timeout,
    ),
    idleInTransactionTimeoutMs: parseWholeNumber(
      'DATABASE_IDLE_TRANSACTION_TIMEOUT_MS',
      env.DATABASE_IDLE_TRANSACTION_TIMEOUT_MS,
      DEFAULT_POSTGRES_LIMITS.idleInTransactionTimeoutMs,
      timeout,
    ),
  };
}

function parseDatabase(env: Record<string, string | undefined>, dataDir: string): DatabaseConfig {
  const url = env.DATABASE_URL;
  if (url === undefined || url === '') return { kind: 'sqlite', dataDir };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(
      'DATABASE_URL is not a valid URL; expected postgres://user:password@host:5432/database.',
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new ConfigError(
      `DATABASE_URL must start with postgres:// (got "${parsed.protocol}//"); leave it unset for the embedded SQLite database.`,
    );
  }
  return { kind: 'postgres', url, limits: parsePostgresLimits(env) };
}

function parseBoolean(name: string, raw: string | undefined): boolean {
  if (raw === undefined || raw === '') return false;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false; got "${raw}".`);
}

function parseLogLevel(raw: string | undefined): string {
  const level = raw === undefined || raw === '' ? 'info' : raw.toLowerCase();
  if (!LOG_LEVELS.includes(level)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${raw}".`);
  }
  return level;
}

function parseSignup(raw: string | undefined): boolean {
  if (raw === undefined || raw === '' || raw === 'closed') return false;
  if (raw === 'open') return true;
  throw new ConfigError(`SIGNUP must be "open" or "closed"; got "${raw}".`);
}

function readTlsFile(name: string, path: string, cwd: string): Buffer {
  const file = resolve(cwd, path);
  try {
    return readFileSync(file);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new ConfigError(`${name} "${file}" cannot be read (${reason}).`);
  }
}

function parseTls(env: Record<string, string | undefined>, cwd: string): TlsFiles | undefined {
  const certFile = env.TLS_CERT_FILE || undefined;
  const keyFile = env.TLS_KEY_FILE || undefined;
  if (certFile === undefined && keyFile === undefined) return undefined;
  if (certFile === undefined || keyFile === undefined) {
    throw new ConfigError(
      'Set both TLS_CERT_FILE and TLS_KEY_FILE to serve HTTPS, or neither for plain HTTP.',
    );
  }
  const files = {
    cert: readTlsFile('TLS_CERT_FILE', certFile, cwd),
    key: readTlsFile('TLS_KEY_FILE', keyFile, cwd),
  };
  try {
    createSecureContext(files);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      `TLS_CERT_FILE and TLS_KEY_FILE must be a PEM certificate and its private key (${reason}).`,
    );
  }
  return files;
}

/** Builds the configuration from environment variables, throwing ConfigError on a bad value. */
export function loadConfig(env: Record<string, string | undefined>, cwd: string): ServerConfig {
  const dataDir = resolve(cwd, env.DATA_DIR || 'data');
  const tls = parseTls(env, cwd);
  return {
    host: env.HOST || '127.0.0.1',
    port: parsePort(env.PORT),
    database: parseDatabase(env, dataDir),
    dataDir,
    appDir: resolve(cwd, env.APP_DIR || 'dist'),
    logLevel: parseLogLevel(env.LOG_LEVEL),
    trustProxy: parseBoolean('TRUST_PROXY', env.TRUST_PROXY),
    signupOpen: parseSignup(env.SIGNUP),
    ...(tls === undefined ? {} : { tls }),
  };
}
