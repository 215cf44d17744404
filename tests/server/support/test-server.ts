// Starts a real HTTP server on a loopback port for a test, on a database of its own.
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../../src/server/app';
import { loadConfig } from '../../../src/server/config';
import { migrateToLatest } from '../../../src/server/db/migrations';
import type { DatabaseTarget, TestDatabase } from './databases';

export interface TestServer {
  baseUrl: string;
  server: FastifyInstance;
  testDatabase: TestDatabase;
  close(): Promise<void>;
}

export const TEST_VERSION = '0.0.0-test';

/** Opens a fresh database of the target's kind, migrates it and listens on 127.0.0.1. */
export async function startTestServer(
  target: DatabaseTarget,
  environment: Record<string, string> = {},
): Promise<TestServer> {
  const testDatabase = await target.open();
  try {
    await migrateToLatest(testDatabase.database);
  } catch (error) {
    await testDatabase.dispose();
    throw error;
  }
  const config = {
    ...loadConfig(
      { LOG_LEVEL: 'silent', APP_DIR: '/nonexistent-app', ...environment },
      process.cwd(),
    ),
    database: testDatabase.config,
  };
  const server = await buildServer({
    config,
    database: testDatabase.database,
    version: TEST_VERSION,
  });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const address = server.server.address();
  if (address === null || typeof address === 'string') throw new Error('No TCP address.');
  return {
    baseUrl: `${config.tls === undefined ? 'http' : 'https'}://127.0.0.1:${address.port}`,
    server,
    testDatabase,
    close: async () => {
      await server.close();
      await testDatabase.dispose();
    },
  };
}
