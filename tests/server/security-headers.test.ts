// Security headers on every answer, HTTPS served directly with HSTS, and a bad certificate at start.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from './support/databases';
import { spawnServer, waitForExit } from './support/run-server-process';
import { startTestServer, type TestServer } from './support/test-server';

const scratch = mkdtempSync(join(tmpdir(), 'homeassess-tls-'));
const certFile = join(scratch, 'cert.pem');
const keyFile = join(scratch, 'key.pem');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function makeSelfSignedCertificate(): void {
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=localhost',
      '-days',
      '1',
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    { stdio: 'ignore' },
  );
}

/** GET over HTTPS trusting the self-signed certificate; resolves with status and headers. */
function getOverTls(url: string): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { rejectUnauthorized: false }, (response) => {
      response.resume();
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

const sqlite = databaseTargets().find((target) => target.name === 'sqlite');
if (sqlite === undefined) throw new Error('SQLite is always a test target.');

describe('security headers', () => {
  let running: TestServer | undefined;
  afterAll(async () => {
    await running?.close();
  });

  it('sends a strict CSP and the other headers on answers and errors, without HSTS over HTTP', async () => {
    running = await startTestServer(sqlite);
    for (const path of ['/api/v1/health', '/api/v1/nothing-here', '/api/v1/auth/me']) {
      const { headers } = await fetch(`${running.baseUrl}${path}`);
      const csp = headers.get('content-security-policy') ?? '';
      const scriptSources = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(scriptSources).toBe("'self'");
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('permissions-policy')).toContain('geolocation=()');
      expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('says on every answer how long the server spent on it (Server-Timing)', async () => {
    running ??= await startTestServer(sqlite);
    for (const path of ['/api/v1/health', '/api/v1/nothing-here']) {
      const { headers } = await fetch(`${running.baseUrl}${path}`);
      const duration = /^app;dur=(\d+(?:\.\d)?)$/.exec(headers.get('server-timing') ?? '')?.[1];
      expect(Number(duration)).toBeGreaterThanOrEqual(0);
      expect(Number(duration)).toBeLessThan(60_000);
    }
  });

  it('sends HSTS behind a trusted proxy that says https, and only then', async () => {
    const forwarded = { headers: { 'x-forwarded-proto': 'https' } };
    const untrusting = await startTestServer(sqlite);
    const ignored = await fetch(`${untrusting.baseUrl}/api/v1/health`, forwarded);
    expect(ignored.headers.get('strict-transport-security')).toBeNull();
    await untrusting.close();
    const trusting = await startTestServer(sqlite, { TRUST_PROXY: 'true' });
    const honoured = await fetch(`${trusting.baseUrl}/api/v1/health`, forwarded);
    expect(honoured.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    await trusting.close();
  });
});

describe('HTTPS served directly', () => {
  beforeAll(makeSelfSignedCertificate);

  it('answers over TLS with HSTS', async () => {
    const running = await startTestServer(sqlite, {
      TLS_CERT_FILE: certFile,
      TLS_KEY_FILE: keyFile,
    });
    try {
      expect(running.baseUrl).toMatch(/^https:/);
      const answer = await getOverTls(`${running.baseUrl}/api/v1/health`);
      expect(answer.status).toBe(200);
      expect(answer.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
    } finally {
      await running.close();
    }
  });

  it('exits 1 with a clear message when TLS_CERT_FILE cannot be read or is no certificate', async () => {
    const notACertificate = join(scratch, 'not-a-cert.pem');
    writeFileSync(notACertificate, 'hello');
    const dataDir = join(scratch, 'data');
    for (const [file, expected] of [
      [join(scratch, 'missing.pem'), 'TLS_CERT_FILE'],
      [notACertificate, 'PEM certificate'],
    ] as const) {
      const result = await waitForExit(
        spawnServer({ TLS_CERT_FILE: file, TLS_KEY_FILE: keyFile, PORT: '0', DATA_DIR: dataDir }),
      );
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toContain(expected);
      expect(result.stderr).not.toMatch(/^\s+at /m);
    }
    const halfway = await waitForExit(spawnServer({ TLS_CERT_FILE: certFile, PORT: '0' }));
    expect(halfway.stderr).toContain('both TLS_CERT_FILE and TLS_KEY_FILE');
  });
});
