// Builds the HTTP server: the API under /api/v1 and the built app under /.

import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { createIdMaker } from '../domain/ids';
import { createAuditLog } from './audit/audit-log';
import { createAccounts } from './auth/accounts';
import { createLoginLimiter } from './auth/login-limiter';
import { createUsers } from './auth/users';
import type { ServerConfig } from './config';
import { createAnalyzeGuard } from './db/analyze-guard';
import type { Database } from './db/database';
import { classifyDatabaseError, type DatabaseFailure } from './db/database-errors';
import { DATABASE_RETRY_AFTER_S, registerHealth } from './health';
import { HttpError } from './http-error';
import { registerAccountRoutes } from './routes/accounts-routes';
import { registerAuditRoutes } from './routes/audit-routes';
import { registerBlobRoutes } from './routes/blob-routes';
import { registerOpenApiRoute } from './routes/openapi-route';
import { registerSessionRoutes } from './routes/session-routes';
import { registerSyncRoutes } from './routes/sync-routes';
import { registerUserRoutes } from './routes/user-routes';
import { registerSecurityHeaders } from './security-headers';
import { registerServerTiming } from './server-timing';
import { registerStaticApp } from './static-app';
import { createSyncService } from './sync/sync-service';

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

const FASTIFY_ERROR_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
};

function clientErrorCode(error: FastifyError): string {
  if (error instanceof HttpError) return error.code;
  if (error instanceof SyntaxError) return 'invalid_json';
  return FASTIFY_ERROR_CODES[error.code] ?? 'bad_request';
}

/** The answer to a request the database could not serve, by what went wrong with it. */
const DATABASE_FAILURE_ANSWERS: Record<
  DatabaseFailure,
  { status: number; body: ApiError; headers: Record<string, string> }
> = {
  unavailable: {
    status: 503,
    body: {
      code: 'database_unavailable',
      message: 'The server cannot reach its database at the moment; try again shortly.',
    },
    headers: { 'retry-after': String(DATABASE_RETRY_AFTER_S) },
  },
  storage_full: {
    status: 507,
    body: {
      code: 'storage_full',
      message:
        'The server has run out of storage space; nothing more can be saved until it is freed.',
    },
    headers: {},
  },
};

const UNSUPPORTED_MEDIA_TYPE_MESSAGE =
  'This address does not take a body of this content-type; the API reads application/json, ' +
  'and photo uploads image/jpeg, image/png or image/webp.';

function registerErrorHandler(server: FastifyInstance): void {
  server.setErrorHandler<FastifyError>((error, request, reply) => {
    // Errors of the HTTP layer carry a status (a client's aborted upload is ECONNRESET, too);
    // only the rest may come from the database.
    const failure = error.statusCode === undefined ? classifyDatabaseError(error) : undefined;
    if (failure !== undefined) {
      request.log.error({ err: error }, `database ${failure}`);
      const answer = DATABASE_FAILURE_ANSWERS[failure];
      return reply.code(answer.status).headers(answer.headers).send(answer.body);
    }
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(500).send({ code: 'internal', message: 'The server could not do that.' });
    }
    if (error instanceof HttpError) reply.headers(error.headers);
    const code = clientErrorCode(error);
    const message =
      code === 'unsupported_media_type' ? UNSUPPORTED_MEDIA_TYPE_MESSAGE : error.message;
    return reply.code(status).send({ code, message } satisfies ApiError);
  });
}

function registerApi(server: FastifyInstance, config: ServerConfig, database: Database): void {
  const { db } = database;
  const accounts = createAccounts(db);
  const auditLog = createAuditLog(db);
  const limiter = createLoginLimiter(db, database.kind);
  registerAccountRoutes(server, { accounts, limiter, auditLog }, config.signupOpen);
  registerUserRoutes(server, accounts, createUsers(db, database.kind), auditLog);
  registerAuditRoutes(server, accounts, auditLog);
  const newId = createIdMaker(Date.now, (count) => randomBytes(count));
  const analyzeGuard = createAnalyzeGuard(database);
  server.addHook('onClose', () => analyzeGuard.settled());
  const syncService = createSyncService(database, {
    now: Date.now,
    newId,
    auditLog,
    analyzeGuard,
  });
  registerSyncRoutes(server, accounts, syncService);
  registerBlobRoutes(server, accounts, database);
  registerSessionRoutes(server, { accounts, auditLog, db });
}

/** Creates the server without listening, so tests and main() can both use it. */
export async function buildServer(dependencies: ServerDependencies): Promise<FastifyInstance> {
  const { config, database, version } = dependencies;
  const options = {
    logger: dependencies.logger ?? { level: config.logLevel },
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
  };
  // An HTTPS server has a different Node server type; no route depends on it, so one type serves.
  const server =
    config.tls === undefined
      ? Fastify(options)
      : (Fastify({ ...options, https: config.tls }) as unknown as FastifyInstance);
  registerSecurityHeaders(server);
  registerServerTiming(server);
  registerErrorHandler(server);
  // The API reads JSON only (and images on the blob route): any other body is refused with 415
  // before it is read.
  server.removeContentTypeParser('text/plain');
  registerHealth(server, database, version);
  registerApi(server, config, database);
  registerOpenApiRoute(server, version);
  await registerStaticApp(server, config.appDir);
  return server;
}
