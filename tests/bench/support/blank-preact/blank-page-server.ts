// Builds a reference page (the blank Preact page, or the IndexedDB list page) with Vite into a
// temporary folder and serves it, with the blank page's service worker and a precache list, from
// a small static server on a loopback port.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { build } from 'vite';

export interface BlankPageServer {
  baseUrl: string;
  stop(): Promise<void>;
}

const BLANK_PAGE_DIR = import.meta.dirname;
/** The IndexedDB list page: the least a page does to show the visit list from IndexedDB. */
export const IDB_LIST_PAGE_DIR = join(import.meta.dirname, '..', 'idb-list-page');
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every built file by its URL path, with the service worker and the list it precaches. */
function siteFiles(outDir: string): Map<string, { body: Buffer; type: string }> {
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const path of filesUnder(outDir)) {
    const urlPath = `/${relative(outDir, path).replaceAll('\\', '/')}`;
    const type = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
    files.set(urlPath === '/index.html' ? '/' : urlPath, { body: readFileSync(path), type });
  }
  const precache = JSON.stringify([...files.keys()]);
  files.set('/precache.json', { body: Buffer.from(precache), type: CONTENT_TYPES['.json'] ?? '' });
  files.set('/sw.js', {
    body: readFileSync(join(BLANK_PAGE_DIR, 'sw.js')),
    type: CONTENT_TYPES['.js'] ?? '',
  });
  return files;
}

/** Builds the page and starts serving it; `stop` closes the server and removes the build. */
export async function startBlankPageServer(sourceDir = BLANK_PAGE_DIR): Promise<BlankPageServer> {
  const outDir = mkdtempSync(join(tmpdir(), 'homeassess-blank-'));
  try {
    await build({
      root: sourceDir,
      configFile: false,
      logLevel: 'error',
      build: {
        outDir,
        emptyOutDir: true,
        rollupOptions: { input: join(sourceDir, 'index.html') },
      },
    });
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
  const files = siteFiles(outDir);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = files.get(path);
    if (file === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-cache' });
    response.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      const closing = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closing;
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
