// GET /api/v1/health: whether the server and its database answer, for the app and for monitoring.
import type { FastifyInstance } from 'fastify';
import type { Database } from './db/database';

/** A probe slower than this counts as a database that is down. */
const PROBE_TIMEOUT_MS = 3_000;
/** Seconds a client should wait before asking a server whose database is down again. */
export const DATABASE_RETRY_AFTER_S = 30;

/** Runs one cheap query that reads the database file or crosses the network to PostgreSQL. */
async function probeDatabase(database: Database, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const query = database.db
    .selectFrom('organization_counters')
    .select('organization_id')
    .limit(1)
    .execute()
    .then(
      () => true,
      () => false,
    );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Answers `{status: 'ok', db, version}` while the database answers, and 503 `{status:
 * 'degraded', db: 'down', version, message}` with Retry-After when it does not, so a monitor
 * and the app both tell a server that is up but failing from one that cannot be reached.
 */
export function registerHealth(server: FastifyInstance, database: Database, version: string): void {
  server.get('/api/v1/health', async (_request, reply) => {
    if (await probeDatabase(database, PROBE_TIMEOUT_MS)) {
      return { status: 'ok', db: database.kind, version };
    }
    return reply.code(503).header('retry-after', String(DATABASE_RETRY_AFTER_S)).send({
      status: 'degraded',
      db: 'down',
      version,
      message: 'The server is running but cannot reach its database.',
    });
  });
}
