// Serving the built app: the shell falls back to index.html, hashed assets cache, the worker never
// does, and text assets travel compressed when the browser accepts it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_COMPRESSED_BYTES, precompressDirectory } from '../../scripts/precompress';
import { databaseTargets } from './support/databases';
import { startTestServer, type TestServer } from './support/test-server';

const appDir = mkdtempSync(join(tmpdir(), 'homeassess-app-'));
let running: TestServer;
/** A script as large as a real chunk, repetitive the way minified code is. */
const bigScript = Array.from(
  { length: 400 },
  (_, index) => `export const v${index} = ${index};`,
).join('\n');

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** GET without the decoding fetch does on its own, to see the bytes as they cross the wire. */
function rawGet(path: string, acceptEncoding?: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
    get(`${running.baseUrl}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    }).on('error', reject);
  });
}

beforeAll(async () => {
  mkdirSync(join(appDir, 'assets'));
  writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>HomeAssess</title>');
  writeFileSync(join(appDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(appDir, 'assets', 'index-abc123.js'), 'console.log(1);');
  writeFileSync(join(appDir, 'assets', 'chunk-def456.js'), bigScript);
  precompressDirectory(appDir);
  const [sqlite] = databaseTargets();
  if (sqlite === undefined) throw new Error('No SQLite target.');
  running = await startTestServer(sqlite, { APP_DIR: appDir });
});

afterAll(async () => {
  await running.close();
  rmSync(appDir, { recursive: true, force: true });
});

describe('the built app', () => {
  it('answers an app address such as /visits/123 with the shell page', async () => {
    const response = await fetch(`${running.baseUrl}/visits/123`, {
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>HomeAssess</title>');
  });

  it('never lets a cache keep an old service worker', async () => {
    const response = await fetch(`${running.baseUrl}/sw.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('lets browsers keep hashed assets for a year', async () => {
    const response = await fetch(`${running.baseUrl}/assets/index-abc123.js`);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });
});

describe('compressed assets', () => {
  it('sends the brotli copy to a browser that accepts it, with the same bytes once decoded', async () => {
    const answer = await rawGet('/assets/chunk-def456.js', 'gzip, deflate, br');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers.vary).toContain('Accept-Encoding');
    expect(answer.headers['cache-control']).toContain('immutable');
    expect(answer.body.length).toBeLessThan(bigScript.length / 3);
    expect(brotliDecompressSync(answer.body).toString()).toBe(bigScript);
  });

  it('sends gzip to a browser without brotli', async () => {
    const answer = await rawGet('/assets/chunk-def456.js', 'gzip');
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(answer.body).toString()).toBe(bigScript);
  });

  it('sends the file as it is to a client that accepts no encoding', async () => {
    const answer = await rawGet('/assets/chunk-def456.js');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).toBe(bigScript);
  });

  it('leaves files too small to gain as they are', async () => {
    expect('console.log(1);'.length).toBeLessThan(MIN_COMPRESSED_BYTES);
    const answer = await rawGet('/assets/index-abc123.js', 'br');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).toBe('console.log(1);');
  });
});
