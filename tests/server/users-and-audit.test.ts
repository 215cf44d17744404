// Managing users and what the audit log keeps: roles, disabling, resets, sign-offs, exports.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from './support/databases';
import { ADMIN, requestJson } from './support/http';
import { newDevice, patch, setUpOrganization, sync } from './support/sync-client';
import { addMember, type Member, userIdOf } from './support/team';
import { startTestServer, type TestServer } from './support/test-server';

interface AuditEvent {
  id: string;
  userId: string | null;
  action: string;
  target: string | null;
  details: Record<string, unknown>;
}

describe.each(databaseTargets())('users and audit on $name', (target) => {
  let running: TestServer;
  let admin: string;
  let adminId: string;
  let therapist: Member;
  let reviewer: Member;
  const api = (method: string, path: string, token: string, body?: unknown) =>
    requestJson(running.baseUrl, method, path, { token, ...(body === undefined ? {} : { body }) });
  const audit = async (query: string) =>
    (await api('GET', `/api/v1/audit?${query}`, admin)).body as {
      events: AuditEvent[];
      more: boolean;
      before?: string;
    };

  beforeAll(async () => {
    running = await startTestServer(target);
    admin = await setUpOrganization(running.baseUrl);
    adminId = await userIdOf(running.baseUrl, admin);
    therapist = await addMember(running.baseUrl, admin, 'therapist', 'theo@riverside.example');
    reviewer = await addMember(running.baseUrl, admin, 'reviewer', 'rita@riverside.example');
  });
  afterAll(async () => {
    await running?.close();
  });

  /** A visit of the therapist's, marked complete in their name, ready to be signed off. */
  async function completedVisit(): Promise<string> {
    const device = newDevice(therapist.token);
    const assessmentId = randomUUID();
    const answer = await sync(running.baseUrl, device, [
      patch(device, 'assessment', assessmentId, { therapistId: therapist.id, setting: 'home' }),
      patch(device, 'assessment', assessmentId, { status: 'complete', completedBy: therapist.id }),
    ]);
    expect(answer.rejected).toEqual([]);
    return assessmentId;
  }

  it('lets a reviewer sign off and comment but nothing else, and files the sign-off', async () => {
    const device = newDevice(reviewer.token);
    const assessmentId = await completedVisit();
    const signOff = { status: 'signed', signedBy: reviewer.id, signedAt: Date.now() };
    const answer = await sync(running.baseUrl, device, [
      patch(device, 'assessment', assessmentId, signOff),
      patch(device, 'comment', randomUUID(), { text: 'Fine.', assessmentId }),
      patch(device, 'assessment', assessmentId, { summaryNotes: 'changed' }),
      patch(device, 'client', randomUUID(), { name: 'Ana' }),
    ]);
    expect(answer.acked).toBe(4);
    expect(answer.rejected).toMatchObject([
      { seq: 3, code: 'forbidden', message: expect.stringContaining('summaryNotes') },
      { seq: 4, code: 'forbidden', message: expect.stringContaining('client') },
    ]);
    const signed = await audit('action=assessment_signed');
    expect(signed.events).toMatchObject([
      { userId: reviewer.id, target: `assessment/${assessmentId}` },
    ]);
  });

  it("refuses a sign-off, completion, comment or amendment in another user's name", async () => {
    const device = newDevice(reviewer.token);
    const assessmentId = await completedVisit();
    const answer = await sync(running.baseUrl, device, [
      patch(device, 'assessment', assessmentId, { status: 'signed', signedBy: therapist.id }),
      patch(device, 'comment', randomUUID(), { text: 'As Theo', authorId: therapist.id }),
      patch(device, 'comment', randomUUID(), { text: 'As myself', authorId: reviewer.id }),
      patch(device, 'assessment', assessmentId, { status: 'signed', signedBy: reviewer.id }),
    ]);
    expect(answer.rejected).toMatchObject([
      { seq: 1, code: 'not_author', message: expect.stringContaining('signedBy') },
      { seq: 2, code: 'not_author', message: expect.stringContaining('own name') },
    ]);
    const byTherapist = newDevice(therapist.token);
    const draft = randomUUID();
    const amended = await sync(running.baseUrl, byTherapist, [
      patch(byTherapist, 'assessment', draft, { therapistId: therapist.id }),
      patch(byTherapist, 'assessment', draft, { status: 'complete', completedBy: reviewer.id }),
      patch(byTherapist, 'amendment', randomUUID(), {
        assessmentId,
        reason: 'Typo',
        authorId: reviewer.id,
      }),
      patch(byTherapist, 'amendment', randomUUID(), {
        assessmentId,
        reason: 'Typo',
        authorId: therapist.id,
      }),
    ]);
    expect(amended.rejected).toMatchObject([
      { seq: 2, code: 'not_author', message: expect.stringContaining('completedBy') },
      { seq: 3, code: 'not_author', message: expect.stringContaining('own name') },
    ]);
  });

  it('keeps checklists to admins', async () => {
    const checklist = { title: 'Clinic stairs', version: 1 };
    const byTherapist = newDevice(therapist.token);
    const refused = await sync(running.baseUrl, byTherapist, [
      patch(byTherapist, 'checklist', randomUUID(), checklist),
    ]);
    expect(refused.rejected).toMatchObject([{ code: 'forbidden' }]);
    const byAdmin = newDevice(admin);
    const taken = await sync(running.baseUrl, byAdmin, [
      patch(byAdmin, 'checklist', randomUUID(), checklist),
    ]);
    expect(taken.rejected).toEqual([]);
  });

  it('files logins and failed logins with the email tried, never the password', async () => {
    const password = 'not the real one';
    await requestJson(running.baseUrl, 'POST', '/api/v1/auth/login', {
      body: { email: therapist.email, password },
    });
    const failed = await audit('action=login_failed');
    expect(failed.events[0]).toMatchObject({
      userId: therapist.id,
      details: { email: therapist.email },
    });
    expect(JSON.stringify(failed)).not.toContain(password);
    const logins = await audit(`action=login&userId=${therapist.id}`);
    expect(logins.events).toHaveLength(1);
  });

  it('files user changes and exports, newest first, in pages', async () => {
    await api('PATCH', `/api/v1/users/${reviewer.id}`, admin, { name: 'Rita R.' });
    await api('POST', '/api/v1/audit/export', therapist.token, { what: 'report PDF', count: 3 });
    const first = await audit('limit=2');
    expect(first.events.map((event) => event.action)).toEqual(['export', 'user_changed']);
    expect(first.more).toBe(true);
    const second = await audit(`limit=2&before=${first.before}`);
    expect((second.events[0]?.id ?? '') < (first.events[1]?.id ?? '')).toBe(true);
    const since = await audit(`from=${Date.now() + 60_000}`);
    expect(since.events).toEqual([]);
    expect((await api('GET', '/api/v1/audit', therapist.token)).status).toBe(403);
    expect((await api('GET', '/api/v1/audit?limit=0', admin)).body).toMatchObject({
      code: 'invalid_query',
    });
  });

  it("ends a disabled user's sessions at once", async () => {
    const dora = await addMember(running.baseUrl, admin, 'therapist', 'dora@riverside.example');
    expect((await api('GET', '/api/v1/auth/me', dora.token)).status).toBe(200);
    const disabled = await api('PATCH', `/api/v1/users/${dora.id}`, admin, { disabled: true });
    expect(disabled.body).toMatchObject({ user: { disabled: true } });
    expect((await api('GET', '/api/v1/auth/me', dora.token)).status).toBe(401);
    const pull = { deviceId: 'dora-tablet', cursor: 0, push: [] };
    expect((await api('POST', '/api/v1/sync', dora.token, pull)).status).toBe(401);
    const events = await audit(`action=user_disabled`);
    expect(events.events[0]).toMatchObject({ userId: adminId, target: `user/${dora.id}` });
  });

  it('ends sessions on a password reset and applies the password policy', async () => {
    const path = `/api/v1/users/${therapist.id}/password`;
    expect((await api('POST', path, admin, { password: 'short' })).status).toBe(400);
    expect((await api('POST', path, admin, { password: 'a brand new phrase' })).status).toBe(204);
    expect((await api('GET', '/api/v1/auth/me', therapist.token)).status).toBe(401);
    expect((await audit('action=user_password_reset')).events).toHaveLength(1);
  });

  it('answers 404 for a user path whose id is no user id, a NUL character included', async () => {
    for (const id of ['%00', 'a%00b', 'not-a-uuid', randomUUID().toUpperCase()]) {
      const change = await api('PATCH', `/api/v1/users/${id}`, admin, { name: 'X' });
      const reset = await api('POST', `/api/v1/users/${id}/password`, admin, {
        password: 'correct horse battery',
      });
      expect({ id, change: change.status, reset: reset.status }).toEqual({
        id,
        change: 404,
        reset: 404,
      });
      expect(change.body).toMatchObject({ code: 'user_not_found' });
    }
  });

  it('never leaves the organization without an active admin', async () => {
    const self = `/api/v1/users/${adminId}`;
    for (const change of [{ disabled: true }, { role: 'therapist' }]) {
      const refused = await api('PATCH', self, admin, change);
      expect(refused).toMatchObject({ status: 409, body: { code: 'last_admin' } });
    }
    await api('PATCH', `/api/v1/users/${reviewer.id}`, admin, { role: 'admin' });
    expect((await api('PATCH', self, admin, { role: 'reviewer' })).status).toBe(200);
    expect((await api('GET', '/api/v1/users', admin)).status).toBe(200);
    expect((await api('POST', '/api/v1/users', admin, { ...ADMIN, role: 'admin' })).status).toBe(
      403,
    );
  });
});
