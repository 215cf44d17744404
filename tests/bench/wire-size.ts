// Measures the bytes the first visit takes over the wire from the real server: the shell page,
// its initial scripts and styles, asked for as a browser asks (brotli and gzip) and as plain.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess } from './support/server-process';

const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

interface WireTally {
  files: number;
  compressedBytes: number;
  plainBytes: number;
  encodings: Set<string>;
}

/** The page's own scripts, module preloads and stylesheets, as the shell names them. */
function firstDownload(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const linked = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  return ['/', ...new Set(linked.filter((path) => path.startsWith('/')))];
}

/** Bytes of one answer as they cross the wire (no decoding), and its Content-Encoding. */
function wireBytes(url: string, acceptEncoding: string | undefined) {
  return new Promise<{ bytes: number; encoding: string }>((resolve, reject) => {
    const headers: Record<string, string> = { accept: 'text/html,*/*' };
    if (acceptEncoding !== undefined) headers['accept-encoding'] = acceptEncoding;
    get(url, { headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on('end', () =>
        resolve({ bytes, encoding: String(response.headers['content-encoding'] ?? 'identity') }),
      );
    }).on('error', reject);
  });
}

export async function runWireSizeBenchmark(root: string): Promise<void> {
  const distDir = join(root, 'dist');
  const dataDir = mkdtempSync(join(tmpdir(), 'homeassess-wire-bench-'));
  const server = await startServerProcess(root, { DATA_DIR: dataDir, APP_DIR: distDir });
  try {
    const tally: WireTally = { files: 0, compressedBytes: 0, plainBytes: 0, encodings: new Set() };
    for (const path of firstDownload(distDir)) {
      const compressed = await wireBytes(`${server.baseUrl}${path}`, BROWSER_ACCEPT_ENCODING);
      const plain = await wireBytes(`${server.baseUrl}${path}`, undefined);
      tally.files += 1;
      tally.compressedBytes += compressed.bytes;
      tally.plainBytes += plain.bytes;
      tally.encodings.add(compressed.encoding);
    }
    const ratio = tally.compressedBytes / tally.plainBytes;
    console.log('first download over the wire (real server)');
    console.log(
      `  ${tally.files} files: ${(tally.compressedBytes / 1024).toFixed(1)} KiB compressed ` +
        `(${[...tally.encodings].join(', ')}) against ${(tally.plainBytes / 1024).toFixed(1)} KiB plain, ratio ${ratio.toFixed(2)}`,
    );
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
