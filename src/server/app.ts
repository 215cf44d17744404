// Builds the HTTP server: the API under /api/v1 and the built app under /.
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { ServerConfig } from './config';
import type { Database } from './db/database';
import { registerStaticApp } from './static-app';

export interface ServerDependencies {
  config: ServerConfig;
  database: Database;
  version: string;
  logger?: boolean | { level: string };
}

/** The JSON body of every API error: a stable code for programs and a sentence for people. */
export interface ApiError {
  code: string;
  message: string;
}

const BODY_LIMIT_BYTES = 1_048_576;

function registerErrorHandler(server: FastifyInstance): void {
  server.setErrorHandler<FastifyError>((error, request, reply) => {
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(500).send({ code: 'internal', message: 'The server could not do that.' });
    }
    const code = error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'body_too_large' : 'bad_request';
    return reply.code(status).send({ code, message: error.message } satisfies ApiError);
  });
}

function registerHealth(server: FastifyInstance, database: Database, version: string): void {
  server.get('/api/v1/health', async () => ({ status: 'ok', db: database.kind, version }));
}

/** Creates the server without listening, so tests and main() can both use it. */
export async function buildServer(dependencies: ServerDependencies): Promise<FastifyInstance> {
  const { config, database, version } = dependencies;
  const server = Fastify({
    logger: dependencies.logger ?? { level: config.logLevel },
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
  });
  registerErrorHandler(server);
  registerHealth(server, database, version);
  await registerStaticApp(server, config.appDir);
  return server;
}
