// Says on every answer how long the server itself spent on it (Server-Timing, `app;dur=` in ms,
// from the request's arrival in Fastify to its answer), so a client or a load test can tell time
// spent waiting to be read apart from time spent handling.
import type { FastifyInstance } from 'fastify';

export function registerServerTiming(server: FastifyInstance): void {
  server.addHook('onSend', async (_request, reply, payload) => {
    reply.header('server-timing', `app;dur=${reply.elapsedTime.toFixed(1)}`);
    return payload;
  });
}
