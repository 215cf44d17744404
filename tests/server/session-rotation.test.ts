// Token rotation: the successor works, the old token is dead everywhere, only one successor lives.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from './support/databases';
import { ADMIN, requestJson } from './support/http';
import { newDevice, patch, postSync, setUpOrganization } from './support/sync-client';
import { addMember, logIn } from './support/team';
import { startTestServer, type TestServer } from './support/test-server';

const ROTATE = '/api/v1/auth/rotate';
const NO_BLOB = `/api/v1/blobs/${'c'.repeat(64)}`;

describe.each(databaseTargets())('token rotation on $name', (target) => {
  let running: TestServer;
  let admin: string;
  const rotate = (token: string) => requestJson(running.baseUrl, 'POST', ROTATE, { token });
  const me = async (token: string) =>
    (await requestJson(running.baseUrl, 'GET', '/api/v1/auth/me', { token })).status;
  const signIn = () => logIn(running.baseUrl, ADMIN.email, ADMIN.password);

  beforeAll(async () => {
    running = await startTestServer(target);
    admin = await setUpOrganization(running.baseUrl);
  });
  afterAll(async () => {
    await running?.close();
  });

  it('gives a new token for the same user that works where the old one did', async () => {
    const old = await signIn();
    const rotated = await rotate(old);
    expect(rotated.status).toBe(200);
    const { token, user } = rotated.body as { token: string; user: { email: string } };
    expect(token).not.toBe(old);
    expect(user.email).toBe(ADMIN.email);
    expect(await me(token)).toBe(200);
    const device = newDevice(token);
    const pushed = await postSync(running.baseUrl, device, [
      patch(device, 'client', randomUUID(), { name: 'Rotated Ray' }),
    ]);
    expect(pushed.status).toBe(200);
  });

  it('ends the old token at once, on every route', async () => {
    const old = await signIn();
    expect((await rotate(old)).status).toBe(200);
    expect(await me(old)).toBe(401);
    const device = newDevice(old);
    expect((await postSync(running.baseUrl, device, [])).status).toBe(401);
    const blob = await fetch(`${running.baseUrl}${NO_BLOB}`, {
      headers: { authorization: `Bearer ${old}` },
    });
    expect(blob.status).toBe(401);
    const again = await rotate(old);
    expect(again.status).toBe(401);
    expect(again.body).toMatchObject({ code: 'unauthenticated' });
  });

  it('refuses to rotate a signed-out token or none at all', async () => {
    const old = await signIn();
    await requestJson(running.baseUrl, 'POST', '/api/v1/auth/logout', { token: old });
    expect((await rotate(old)).status).toBe(401);
    expect((await requestJson(running.baseUrl, 'POST', ROTATE)).status).toBe(401);
    expect((await rotate('not-a-token')).status).toBe(401);
  });

  it('refuses to rotate the token of a disabled user', async () => {
    const member = await addMember(running.baseUrl, admin, 'therapist', 'dora@riverside.example');
    const disabled = await requestJson(running.baseUrl, 'PATCH', `/api/v1/users/${member.id}`, {
      token: admin,
      body: { disabled: true },
    });
    expect(disabled.status).toBe(200);
    expect((await rotate(member.token)).status).toBe(401);
  });

  it('leaves at most one live successor when one token is rotated many times at once', async () => {
    const old = await signIn();
    const answers = await Promise.all(Array.from({ length: 8 }, () => rotate(old)));
    const successors = answers
      .filter((answer) => answer.status === 200)
      .map((answer) => (answer.body as { token: string }).token);
    expect(answers.every((answer) => answer.status === 200 || answer.status === 401)).toBe(true);
    expect(successors).toHaveLength(1);
    const live = await Promise.all(successors.map(me));
    expect(live).toEqual([200]);
    expect(await me(old)).toBe(401);
  });

  it('files each rotation in the audit log under the user', async () => {
    const old = await signIn();
    const { user } = (await rotate(old)).body as { user: { id: string } };
    const audit = await requestJson(
      running.baseUrl,
      'GET',
      `/api/v1/audit?action=session_rotated&userId=${user.id}`,
      { token: admin },
    );
    const { events } = audit.body as { events: { action: string; userId: string }[] };
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]).toMatchObject({ action: 'session_rotated', userId: user.id });
  });
});
