// Serves the built app: hashed assets cached for a year, the service worker and shell never cached,
// text assets as the brotli or gzip copies the build wrote beside them when the browser accepts one.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const NEVER_CACHED = new Set(['/sw.js', '/index.html', '/manifest.webmanifest', '/']);
const ONE_YEAR_S = 31_536_000;
/** The suffixes of the build's compressed copies (scripts/precompress.ts). */
const COMPRESSED_SUFFIX = /\.(br|gz)$/;

function cacheControlFor(urlPath: string): string {
  if (NEVER_CACHED.has(urlPath)) return 'no-cache';
  if (urlPath.startsWith('/assets/')) return `public, max-age=${ONE_YEAR_S}, immutable`;
  return 'public, max-age=3600';
}

function wantsPage(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return request.method === 'GET' && accept.includes('text/html');
}

/** Registers the built app under / with a fallback to index.html for the app's own routes. */
export async function registerStaticApp(server: FastifyInstance, appDir: string): Promise<void> {
  const hasApp = existsSync(join(appDir, 'index.html'));
  if (hasApp) {
    await server.register(fastifyStatic, {
      root: appDir,
      wildcard: true,
      cacheControl: false,
      preCompressed: true,
      setHeaders: (response, filePath) => {
        const served = filePath.slice(appDir.length + 1).replaceAll('\\', '/');
        const urlPath = `/${served.replace(COMPRESSED_SUFFIX, '')}`;
        response.setHeader('Cache-Control', cacheControlFor(urlPath));
        // The same address answers brotli, gzip or plain bytes by Accept-Encoding: a shared cache
        // must keep them apart.
        response.setHeader('Vary', 'Accept-Encoding');
      },
    });
  }
  server.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    if (!request.url.startsWith('/api/') && wantsPage(request) && hasApp) {
      reply.header('Cache-Control', 'no-cache');
      return reply.sendFile('index.html');
    }
    return reply
      .code(404)
      .send({ code: 'not_found', message: `No route for ${request.method} ${request.url}.` });
  });
}
