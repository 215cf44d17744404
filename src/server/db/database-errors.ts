// Sorts database driver errors by what a caller can do about them: wait for the database to come
// back, or wait for an administrator to free storage. Anything else stays an internal error.

/** A failure of the database itself, not of the request. */
export type DatabaseFailure = 'unavailable' | 'storage_full';

/**
 * PostgreSQL SQLSTATEs (appendix A of its manual): class 08 is a connection exception; 57P01-03
 * are the server shutting down, crashed or starting; 53300 is too many connections; 57014 is a
 * statement cancelled by statement_timeout and 25P03 a session ended by
 * idle_in_transaction_session_timeout (both pass once the load does); 53100 is disk_full. Errno codes come from Node's sockets and files; SQLite's from better-sqlite3.
 */
const STORAGE_FULL_CODES = new Set(['53100', 'SQLITE_FULL', 'ENOSPC', 'EDQUOT']);
const UNAVAILABLE_CODES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '57014',
  '25P03',
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  // Another process held SQLite's write lock for longer than busy_timeout: it will let go.
  'SQLITE_BUSY',
]);
/** SQLite result codes that come with extended forms (SQLITE_IOERR_WRITE, SQLITE_CANTOPEN_...). */
const UNAVAILABLE_SQLITE_PREFIXES = ['SQLITE_CANTOPEN', 'SQLITE_IOERR'];
/** The pg client's own errors carry no code, only these messages (pg and pg-pool 8.x). */
const UNAVAILABLE_PG_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /^timeout expired$/,
  /is not queryable$/,
  /^Cannot use a pool after calling end on the pool$/,
];
/** Causes and aggregated errors looked into, at most this deep. */
const MAX_DEPTH = 3;

function codeOf(error: object): string | undefined {
  const code = 'code' in error ? error.code : undefined;
  return typeof code === 'string' ? code : undefined;
}

function classifyOne(error: object): DatabaseFailure | undefined {
  const code = codeOf(error);
  if (code !== undefined) {
    if (STORAGE_FULL_CODES.has(code)) return 'storage_full';
    if (UNAVAILABLE_CODES.has(code) || code.startsWith('08')) return 'unavailable';
    if (
      UNAVAILABLE_SQLITE_PREFIXES.some((prefix) => code === prefix || code.startsWith(`${prefix}_`))
    )
      return 'unavailable';
  }
  const message = error instanceof Error ? error.message : '';
  return UNAVAILABLE_PG_MESSAGES.some((pattern) => pattern.test(message))
    ? 'unavailable'
    : undefined;
}

/** What kind of database failure `error` is, looking into its cause and aggregated errors. */
export function classifyDatabaseError(error: unknown, depth = 0): DatabaseFailure | undefined {
  if (typeof error !== 'object' || error === null || depth > MAX_DEPTH) return undefined;
  const own = classifyOne(error);
  if (own !== undefined) return own;
  const inner = [
    ...('cause' in error ? [error.cause] : []),
    ...(error instanceof AggregateError ? error.errors : []),
  ];
  for (const item of inner) {
    const found = classifyDatabaseError(item, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}
