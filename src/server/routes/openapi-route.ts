// GET /api/v1/openapi.json: the API's OpenAPI 3.1 document, built once when the route is added.
import type { FastifyInstance } from 'fastify';
import { buildOpenApiDocument } from '../openapi';

/** Fastify's own default, used when the server was built without a `bodyLimit`. */
const FASTIFY_DEFAULT_BODY_LIMIT_BYTES = 1_048_576;

/** Serves the OpenAPI document, never from a cache, so clients see an upgraded server's API. */
export function registerOpenApiRoute(server: FastifyInstance, version: string): void {
  const jsonBodyLimitBytes = server.initialConfig.bodyLimit ?? FASTIFY_DEFAULT_BODY_LIMIT_BYTES;
  const documentText = JSON.stringify(buildOpenApiDocument({ version, jsonBodyLimitBytes }));
  server.get('/api/v1/openapi.json', async (_request, reply) =>
    reply
      .header('cache-control', 'no-cache')
      .type('application/json; charset=utf-8')
      .send(documentText),
  );
}
