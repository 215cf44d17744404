// First-run setup, sign-up and login over HTTP, on every configured database.
import { afterEach, describe, expect, it } from 'vitest';
import { databaseTargets } from './support/databases';
import { ADMIN, requestJson } from './support/http';
import { startTestServer, type TestServer } from './support/test-server';

describe.each(databaseTargets())('accounts on $name', (target) => {
  let running: TestServer | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });
  const start = async (environment: Record<string, string> = {}) => {
    running = await startTestServer(target, environment);
    return running.baseUrl;
  };

  it('asks for setup on a new server, then creates the organization and signs its admin in', async () => {
    const baseUrl = await start();
    expect((await requestJson(baseUrl, 'GET', '/api/v1/setup')).body).toEqual({ needed: true });
    const setup = await requestJson(baseUrl, 'POST', '/api/v1/setup', { body: ADMIN });
    expect(setup.status).toBe(201);
    expect(setup.body).toMatchObject({
      token: expect.any(String),
      user: { email: ADMIN.email, role: 'admin' },
    });
    expect((await requestJson(baseUrl, 'GET', '/api/v1/setup')).body).toEqual({ needed: false });
    const token = (setup.body as { token: string }).token;
    const me = await requestJson(baseUrl, 'GET', '/api/v1/auth/me', { token });
    expect(me.body).toMatchObject({ user: { name: ADMIN.name } });
  });

  it('refuses a second setup with 409', async () => {
    const baseUrl = await start();
    await requestJson(baseUrl, 'POST', '/api/v1/setup', { body: ADMIN });
    const again = await requestJson(baseUrl, 'POST', '/api/v1/setup', {
      body: { ...ADMIN, email: 'b@x.example' },
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'setup_done' });
  });

  it('refuses a weak password and names the rule', async () => {
    const baseUrl = await start();
    const weak = await requestJson(baseUrl, 'POST', '/api/v1/setup', {
      body: { ...ADMIN, password: 'short' },
    });
    expect(weak.status).toBe(400);
    expect(weak.body).toMatchObject({ code: 'weak_password' });
    expect((await requestJson(baseUrl, 'GET', '/api/v1/setup')).body).toEqual({ needed: true });
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const baseUrl = await start();
    await requestJson(baseUrl, 'POST', '/api/v1/setup', { body: ADMIN });
    const wrong = await requestJson(baseUrl, 'POST', '/api/v1/auth/login', {
      body: { email: ADMIN.email, password: 'not the password' },
    });
    const unknown = await requestJson(baseUrl, 'POST', '/api/v1/auth/login', {
      body: { email: 'nobody@riverside.example', password: 'not the password' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('signs in with any letter case of the email, and logout ends the session', async () => {
    const baseUrl = await start();
    await requestJson(baseUrl, 'POST', '/api/v1/setup', { body: ADMIN });
    const login = await requestJson(baseUrl, 'POST', '/api/v1/auth/login', {
      body: { email: ADMIN.email.toUpperCase(), password: ADMIN.password },
    });
    expect(login.status).toBe(200);
    const token = (login.body as { token: string }).token;
    expect((await requestJson(baseUrl, 'POST', '/api/v1/auth/logout', { token })).status).toBe(204);
    expect((await requestJson(baseUrl, 'GET', '/api/v1/auth/me', { token })).status).toBe(401);
  });

  it('takes further organizations only when SIGNUP=open', async () => {
    const closed = await start();
    await requestJson(closed, 'POST', '/api/v1/setup', { body: ADMIN });
    const second = { ...ADMIN, organization: 'Hilltop OT', email: 'ann@hilltop.example' };
    expect((await requestJson(closed, 'POST', '/api/v1/signup', { body: second })).status).toBe(
      403,
    );
    await running?.close();
    const open = await start({ SIGNUP: 'open' });
    await requestJson(open, 'POST', '/api/v1/setup', { body: ADMIN });
    const signup = await requestJson(open, 'POST', '/api/v1/signup', { body: second });
    expect(signup.status).toBe(201);
    const taken = await requestJson(open, 'POST', '/api/v1/signup', {
      body: { ...second, organization: 'Other' },
    });
    expect(taken.body).toMatchObject({ code: 'email_taken' });
  });

  it('refuses a NUL character in the email with 400, not a server error', async () => {
    const baseUrl = await start();
    const response = await requestJson(baseUrl, 'POST', '/api/v1/auth/login', {
      body: { email: 'a\u0000@b.example', password: 'whatever password' },
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'invalid_body' });
  });

  it('answers malformed JSON with 400 invalid_json', async () => {
    const baseUrl = await start();
    const response = await requestJson(baseUrl, 'POST', '/api/v1/auth/login', {
      rawBody: '{"email": ',
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'invalid_json' });
  });

  it('answers a missing field with 400 naming it', async () => {
    const baseUrl = await start();
    const response = await requestJson(baseUrl, 'POST', '/api/v1/setup', {
      body: { ...ADMIN, email: undefined },
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'invalid_body',
      message: expect.stringContaining('email'),
    });
  });
});
