// Bodies are read by route: images only on the blob route, JSON elsewhere, refused before reading.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNestedDeeperThan } from '../../src/server/json-depth';
import { SYNC_BODY_LIMIT_BYTES } from '../../src/sync/protocol';
import { databaseTargets } from './support/databases';
import { startHeldUpload } from './support/held-upload';
import { requestJson } from './support/http';
import { setUpOrganization } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

/** JSON text nested `depth` levels deep, built as text so no test code recurses over it. */
const nestedText = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

describe.each(databaseTargets())('request bodies on $name', (target) => {
  let running: TestServer;
  let token: string;
  beforeAll(async () => {
    running = await startTestServer(target);
    token = await setUpOrganization(running.baseUrl);
  });
  afterAll(async () => {
    await running?.close();
  });

  it('refuses an 8 MiB image sent to sync with 415 before the body is read', async () => {
    const upload = startHeldUpload(running.baseUrl, '/api/v1/sync', {
      contentType: 'image/png',
      declaredBytes: SYNC_BODY_LIMIT_BYTES,
      token,
    });
    // Only 64 KiB were sent: an answer means the server did not wait for the rest.
    const answer = await upload.answer;
    upload.close();
    expect(answer).toMatchObject({ status: 415, body: { code: 'unsupported_media_type' } });
  });

  it('keeps answering health while eight 8 MiB image bodies go to sync at once', async () => {
    const image = new Uint8Array(SYNC_BODY_LIMIT_BYTES);
    const uploads = Array.from({ length: 8 }, () =>
      fetch(`${running.baseUrl}/api/v1/sync`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'image/jpeg' },
        body: image,
      }),
    );
    const health = await requestJson(running.baseUrl, 'GET', '/api/v1/health');
    const answers = await Promise.all(uploads);
    expect(health).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(415));
  });

  it('refuses text and other non-JSON bodies to sync and login with 415', async () => {
    for (const path of ['/api/v1/sync', '/api/v1/auth/login']) {
      const response = await fetch(`${running.baseUrl}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
        body: '{"deviceId":"tablet","cursor":0,"push":[]}',
      });
      expect({ path, status: response.status, body: await response.json() }).toMatchObject({
        path,
        status: 415,
        body: { code: 'unsupported_media_type' },
      });
    }
  });

  it('refuses a JSON body sent to the photo route with 415', async () => {
    const response = await fetch(`${running.baseUrl}/api/v1/blobs/${'a'.repeat(64)}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{"bytes":"AAAA"}',
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ code: 'unsupported_media_type' });
  });

  it('refuses a photo over its limit by its Content-Length, before reading it', async () => {
    const upload = startHeldUpload(running.baseUrl, `/api/v1/blobs/${'a'.repeat(64)}`, {
      method: 'PUT',
      contentType: 'image/png',
      declaredBytes: 64 * 1024 * 1024,
      token,
    });
    const answer = await upload.answer;
    upload.close();
    expect(answer).toMatchObject({ status: 413, body: { code: 'body_too_large' } });
  });

  it('still refuses a depth bomb sent as JSON with 400', async () => {
    const response = await requestJson(running.baseUrl, 'POST', '/api/v1/sync', {
      token,
      rawBody: `{"deviceId":"deep","cursor":0,"push":[],"limit":${nestedText(50_000)}}`,
    });
    expect(response).toMatchObject({ status: 400, body: { code: 'invalid_request' } });
  });
});

describe('the depth check', () => {
  it('treats a Buffer, a typed array and a string as leaves', () => {
    const bytes = Buffer.alloc(8 * 1024 * 1024);
    expect(isNestedDeeperThan(bytes, 1)).toBe(false);
    expect(isNestedDeeperThan({ photo: new Uint8Array(16) }, 1)).toBe(false);
    expect(isNestedDeeperThan('['.repeat(1000), 1)).toBe(false);
  });

  it('counts nested arrays and plain objects', () => {
    expect(isNestedDeeperThan(JSON.parse(nestedText(3)), 3)).toBe(false);
    expect(isNestedDeeperThan(JSON.parse(nestedText(4)), 3)).toBe(true);
    expect(isNestedDeeperThan({ a: { b: Object.create(null) } }, 2)).toBe(true);
  });
});
