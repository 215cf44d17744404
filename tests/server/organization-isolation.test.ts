// Two organizations on one server: each tries to read and write the other's records, photos, users.
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from './support/databases';
import { ADMIN, requestJson } from './support/http';
import { newDevice, patch, pullAll, setUpOrganization, sync } from './support/sync-client';
import { userIdOf } from './support/team';
import { startTestServer, type TestServer } from './support/test-server';

const HILLTOP = { ...ADMIN, organization: 'Hilltop OT', email: 'ann@hilltop.example' };
const photoOf = (text: string) =>
  Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), Buffer.from(text)]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function blob(baseUrl: string, token: string, method: string, bytes: Buffer) {
  return fetch(`${baseUrl}/api/v1/blobs/${sha256(bytes)}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'image/png' },
    ...(method === 'PUT' ? { body: new Uint8Array(bytes) } : {}),
  });
}

describe.each(databaseTargets())('organization isolation on $name', (target) => {
  let running: TestServer;
  let riverside: string;
  let hilltop: string;
  const sharedId = randomUUID();

  beforeAll(async () => {
    running = await startTestServer(target, { SIGNUP: 'open' });
    riverside = await setUpOrganization(running.baseUrl);
    const signup = await requestJson(running.baseUrl, 'POST', '/api/v1/signup', { body: HILLTOP });
    hilltop = (signup.body as { token: string }).token;
  });
  afterAll(async () => {
    await running?.close();
  });

  it('keeps records written under the same ids and device ids apart', async () => {
    const { baseUrl } = running;
    const [ours, theirs] = [newDevice(riverside), newDevice(hilltop)];
    theirs.deviceId = ours.deviceId;
    await sync(baseUrl, ours, [patch(ours, 'client', sharedId, { name: 'Riverside client' })]);
    const answer = await sync(baseUrl, theirs, [
      patch(theirs, 'client', sharedId, { name: 'Hilltop client' }, { name: 5 }),
    ]);
    expect(answer.rejected).toEqual([]);
    const ourView = await pullAll(baseUrl, newDevice(riverside));
    const theirView = await pullAll(baseUrl, newDevice(hilltop));
    expect(ourView.map((change) => change.set.name)).toEqual(['Riverside client']);
    expect(theirView.map((change) => change.set.name)).toEqual(['Hilltop client']);
    expect(theirView.some((change) => change.entity === 'conflict')).toBe(false);
  });

  it("never serves one organization's photo to the other", async () => {
    const { baseUrl } = running;
    const bytes = photoOf('riverside only');
    expect((await blob(baseUrl, riverside, 'PUT', bytes)).status).toBe(201);
    expect((await blob(baseUrl, hilltop, 'GET', bytes)).status).toBe(404);
    expect((await blob(baseUrl, hilltop, 'HEAD', bytes)).status).toBe(404);
    expect((await blob(baseUrl, hilltop, 'PUT', bytes)).status).toBe(201);
  });

  it("neither lists, changes nor resets the other's users, nor reads its audit log", async () => {
    const { baseUrl } = running;
    const riversideAdminId = await userIdOf(baseUrl, riverside);
    const listed = await requestJson(baseUrl, 'GET', '/api/v1/users', { token: hilltop });
    const emails = (listed.body as { users: { email: string }[] }).users.map((user) => user.email);
    expect(emails).toEqual([HILLTOP.email]);
    const path = `/api/v1/users/${riversideAdminId}`;
    const change = { token: hilltop, body: { disabled: true } };
    expect(await requestJson(baseUrl, 'PATCH', path, change)).toMatchObject({
      status: 404,
      body: { code: 'user_not_found' },
    });
    const reset = { token: hilltop, body: { password: 'taken over password' } };
    expect((await requestJson(baseUrl, 'POST', `${path}/password`, reset)).status).toBe(404);
    expect(
      (await requestJson(baseUrl, 'GET', '/api/v1/auth/me', { token: riverside })).status,
    ).toBe(200);
    const audit = await requestJson(baseUrl, 'GET', '/api/v1/audit', { token: hilltop });
    const users = (audit.body as { events: { userId: string | null }[] }).events.map(
      (event) => event.userId,
    );
    expect(users).not.toContain(riversideAdminId);
  });
});
