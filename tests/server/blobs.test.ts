// Photo bytes over HTTP: stored only when hash and type check out, readable only in their organization.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseTargets } from './support/databases';
import { ADMIN } from './support/http';
import { setUpOrganization } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

const PNG_HEADER = [137, 80, 78, 71, 13, 10, 26, 10];
const photo = (seed: number) => Buffer.from([...PNG_HEADER, seed, 1, 2, 3]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function putBlob(baseUrl: string, token: string, hash: string, bytes: Buffer, type = 'image/png') {
  return fetch(`${baseUrl}/api/v1/blobs/${hash}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': type },
    body: new Uint8Array(bytes),
  });
}

function getBlob(baseUrl: string, token: string, hash: string, method = 'GET') {
  return fetch(`${baseUrl}/api/v1/blobs/${hash}`, {
    method,
    headers: { authorization: `Bearer ${token}` },
  });
}

describe.each(databaseTargets())('blobs on $name', (target) => {
  let running: TestServer;
  let token: string;
  beforeEach(async () => {
    running = await startTestServer(target, { SIGNUP: 'open' });
    token = await setUpOrganization(running.baseUrl);
  });
  afterEach(async () => {
    await running.close();
  });

  it('stores a photo, answers a repeat with 200, and gives the same bytes back', async () => {
    const bytes = photo(1);
    expect((await putBlob(running.baseUrl, token, sha256(bytes), bytes)).status).toBe(201);
    expect((await putBlob(running.baseUrl, token, sha256(bytes), bytes)).status).toBe(200);
    const response = await getBlob(running.baseUrl, token, sha256(bytes));
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    expect((await getBlob(running.baseUrl, token, sha256(bytes), 'HEAD')).status).toBe(200);
  });

  it('refuses bytes that do not match the hash in the address', async () => {
    const response = await putBlob(running.baseUrl, token, sha256(photo(2)), photo(3));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'hash_mismatch' });
    expect((await getBlob(running.baseUrl, token, sha256(photo(2)))).status).toBe(404);
  });

  it('refuses bytes that are not the image they claim to be', async () => {
    const text = Buffer.from('<script>alert(1)</script>');
    const response = await putBlob(running.baseUrl, token, sha256(text), text, 'image/jpeg');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'not_an_image' });
  });

  it('refuses a type that is not a photo with 415', async () => {
    const bytes = photo(4);
    const response = await putBlob(running.baseUrl, token, sha256(bytes), bytes, 'application/pdf');
    expect(response.status).toBe(415);
  });

  it('answers 404 for another organization asking for the photo', async () => {
    const bytes = photo(5);
    await putBlob(running.baseUrl, token, sha256(bytes), bytes);
    const signup = await fetch(`${running.baseUrl}/api/v1/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...ADMIN, organization: 'Hilltop OT', email: 'ann@hilltop.example' }),
    });
    const other = (await signup.json()) as { token: string };
    expect((await getBlob(running.baseUrl, other.token, sha256(bytes))).status).toBe(404);
    expect((await getBlob(running.baseUrl, other.token, sha256(bytes), 'HEAD')).status).toBe(404);
  });

  it('answers 401 without a token', async () => {
    const bytes = photo(6);
    expect((await putBlob(running.baseUrl, '', sha256(bytes), bytes)).status).toBe(401);
  });
});
