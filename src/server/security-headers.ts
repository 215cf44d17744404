// Security headers on every answer: a strict CSP, no sniffing or framing, HSTS over TLS.
import type { FastifyInstance } from 'fastify';

/** The app loads only its own scripts; Leaflet sets inline styles and map tiles are images. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data: https://tile.openstreetmap.org",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

const HSTS_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

const HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(self), geolocation=(), microphone=()',
  'cross-origin-opener-policy': 'same-origin',
};

/**
 * Adds the headers to every answer. HSTS only when the request came over TLS, directly or
 * through a trusted proxy saying so (`request.protocol` honours TRUST_PROXY).
 */
export function registerSecurityHeaders(server: FastifyInstance): void {
  server.addHook('onSend', async (request, reply, payload) => {
    reply.headers(HEADERS);
    if (request.protocol === 'https') {
      reply.header('strict-transport-security', `max-age=${HSTS_MAX_AGE_SECONDS}`);
    }
    return payload;
  });
}
