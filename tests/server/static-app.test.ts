// Serving the built app: the shell falls back to index.html, hashed assets cache, the worker never does.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from './support/databases';
import { startTestServer, type TestServer } from './support/test-server';

const appDir = mkdtempSync(join(tmpdir(), 'homeassess-app-'));
let running: TestServer;

beforeAll(async () => {
  mkdirSync(join(appDir, 'assets'));
  writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>HomeAssess</title>');
  writeFileSync(join(appDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(appDir, 'assets', 'index-abc123.js'), 'console.log(1);');
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
