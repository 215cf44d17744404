// Measures what a tablet downloads: the shell's initial JavaScript (gzip) and the precache's total size.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET_BYTES = 60 * 1024;

export interface ShellSize {
  initialJsGzipBytes: number;
  initialJsFiles: string[];
  precacheBytes: number;
  precacheEntries: number;
  hasLeafletInInitialJs: boolean;
}

/** Scripts the page loads before it is usable: the entry module and its modulepreloads. */
function initialScripts(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const sources = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  return [...new Set(sources)].filter((source) => source.endsWith('.js'));
}

function precacheUrls(distDir: string): string[] {
  const worker = readFileSync(join(distDir, 'sw.js'), 'utf8');
  return [...new Set([...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1] ?? ''))];
}

/** Reads the built app in `distDir` and sizes its initial JavaScript and its precache. */
export function measureShellSize(distDir: string): ShellSize {
  const scripts = initialScripts(distDir);
  const contents = scripts.map((source) => readFileSync(join(distDir, source.replace(/^\//, ''))));
  const urls = precacheUrls(distDir);
  return {
    initialJsGzipBytes: contents.reduce((total, content) => total + gzipSync(content).length, 0),
    initialJsFiles: scripts,
    precacheBytes: urls.reduce((total, url) => total + statSync(join(distDir, url)).size, 0),
    precacheEntries: urls.length,
    hasLeafletInInitialJs: contents.some((content) => content.includes('leaflet-pane')),
  };
}
