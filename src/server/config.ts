// Reads the server's configuration from the environment and says plainly what is wrong with it.
import { resolve } from 'node:path';

export type DatabaseConfig =
  | { kind: 'sqlite'; dataDir: string }
  | { kind: 'postgres'; url: string; schema?: string };

export interface ServerConfig {
  host: string;
  port: number;
  database: DatabaseConfig;
  dataDir: string;
  appDir: string;
  logLevel: string;
  trustProxy: boolean;
  signupOpen: boolean;
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

function parseDatabase(url: string | undefined, dataDir: string): DatabaseConfig {
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
  return { kind: 'postgres', url };
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

/** Builds the configuration from environment variables, throwing ConfigError on a bad value. */
export function loadConfig(env: Record<string, string | undefined>, cwd: string): ServerConfig {
  const dataDir = resolve(cwd, env.DATA_DIR || 'data');
  return {
    host: env.HOST || '127.0.0.1',
    port: parsePort(env.PORT),
    database: parseDatabase(env.DATABASE_URL, dataDir),
    dataDir,
    appDir: resolve(cwd, env.APP_DIR || 'dist'),
    logLevel: parseLogLevel(env.LOG_LEVEL),
    trustProxy: parseBoolean('TRUST_PROXY', env.TRUST_PROXY),
    signupOpen: parseSignup(env.SIGNUP),
  };
}
