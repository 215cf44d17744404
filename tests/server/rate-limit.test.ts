// Guessing passwords: failures are limited per account and per address, and a success resets.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ATTEMPT_WINDOW_MS,
  MAX_ATTEMPTS_PER_ADDRESS,
  MAX_FAILURES_PER_ACCOUNT,
} from '../../src/server/auth/login-limiter';
import { databaseTargets } from './support/databases';
import { ADMIN } from './support/http';
import { setUpOrganization } from './support/sync-client';
import { requestWithHeaders } from './support/team';
import { startTestServer, type TestServer } from './support/test-server';

describe.each(databaseTargets())('sign-in limits on $name', (target) => {
  let running: TestServer;
  beforeAll(async () => {
    running = await startTestServer(target, { TRUST_PROXY: 'true', SIGNUP: 'open' });
    await setUpOrganization(running.baseUrl);
  });
  afterAll(async () => {
    await running?.close();
  });

  const login = (email: string, password: string, address: string) =>
    requestWithHeaders(
      `${running.baseUrl}/api/v1/auth/login`,
      'POST',
      { email, password },
      { 'x-forwarded-for': address },
    );
  const failTimes = async (count: number, address: string) => {
    const statuses: number[] = [];
    for (let index = 0; index < count; index += 1)
      statuses.push((await login(ADMIN.email, 'wrong password', address)).status);
    return statuses;
  };

  it('answers the sixth failure for an account with 429 and Retry-After, and a success resets', async () => {
    expect(await failTimes(4, '10.0.0.1')).toEqual([401, 401, 401, 401]);
    expect((await login(ADMIN.email, ADMIN.password, '10.0.0.1')).status).toBe(200);
    expect(await failTimes(5, '10.0.0.1')).toEqual([401, 401, 401, 401, 401]);
    const limited = await login(ADMIN.email, ADMIN.password, '10.0.0.1');
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ code: 'too_many_attempts' });
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(ATTEMPT_WINDOW_MS / 1000);
    expect((await login(ADMIN.email, ADMIN.password, '10.0.0.2')).status).toBe(429);
    expect((await login('someone@else.example', 'wrong password', '10.0.0.1')).status).toBe(401);
  });

  it('limits each address separately, for logins and sign-ups alike', async () => {
    const { db } = running.testDatabase.database;
    const earlier = Array.from({ length: MAX_ATTEMPTS_PER_ADDRESS - 1 }, () => ({
      id: randomUUID(),
      attempt_key: 'address:10.0.0.3',
      at: Date.now() - 60_000,
    }));
    await db.insertInto('login_attempts').values(earlier).execute();
    expect((await login('a@nowhere.example', 'wrong password', '10.0.0.3')).status).toBe(401);
    const limited = await login('b@nowhere.example', 'wrong password', '10.0.0.3');
    expect(limited.status).toBe(429);
    const signup = await requestWithHeaders(
      `${running.baseUrl}/api/v1/signup`,
      'POST',
      { ...ADMIN, email: 'c@nowhere.example', organization: 'Elsewhere' },
      { 'x-forwarded-for': '10.0.0.3' },
    );
    expect(signup.status).toBe(429);
    expect((await login('b@nowhere.example', 'wrong password', '10.0.0.4')).status).toBe(401);
  });

  /** The statuses of `count` logins sent at once, counted by status. */
  const loginAllAtOnce = async (
    count: number,
    attempt: (index: number) => Promise<{ status: number }>,
  ) => {
    const answers = await Promise.all(Array.from({ length: count }, (_, index) => attempt(index)));
    const statuses = new Map<number, number>();
    for (const { status } of answers) statuses.set(status, (statuses.get(status) ?? 0) + 1);
    return Object.fromEntries(statuses);
  };

  it('lets no more than the account limit of simultaneous wrong passwords reach the password check', async () => {
    const owner = { ...ADMIN, organization: 'Hillside OT', email: 'owner@hillside.example' };
    const signup = await requestWithHeaders(`${running.baseUrl}/api/v1/signup`, 'POST', owner, {
      'x-forwarded-for': '10.1.0.1',
    });
    expect(signup.status).toBe(201);
    const statuses = await loginAllAtOnce(40, (index) =>
      login(owner.email, 'wrong password', `10.1.1.${index}`),
    );
    expect(statuses).toEqual({ 401: MAX_FAILURES_PER_ACCOUNT, 429: 40 - MAX_FAILURES_PER_ACCOUNT });
    expect((await login(owner.email, owner.password, '10.1.2.1')).status).toBe(429);
  });

  const fillAddress = async (address: string, count: number) => {
    const earlier = Array.from({ length: count }, () => ({
      id: randomUUID(),
      attempt_key: `address:${address}`,
      at: Date.now() - 60_000,
    }));
    await running.testDatabase.database.db.insertInto('login_attempts').values(earlier).execute();
  };

  it('lets no more than the address limit of simultaneous attempts from one address through', async () => {
    const left = 5;
    await fillAddress('10.2.0.1', MAX_ATTEMPTS_PER_ADDRESS - left);
    const statuses = await loginAllAtOnce(40, (index) =>
      login(`guess${index}@nowhere.example`, 'wrong password', '10.2.0.1'),
    );
    expect(statuses).toEqual({ 401: left, 429: 40 - left });
  });

  it('does not count a successful login against its address', async () => {
    const owner = { ...ADMIN, organization: 'Lakeside OT', email: 'owner@lakeside.example' };
    const signup = await requestWithHeaders(`${running.baseUrl}/api/v1/signup`, 'POST', owner, {
      'x-forwarded-for': '10.3.9.1',
    });
    expect(signup.status).toBe(201);
    await fillAddress('10.3.0.1', MAX_ATTEMPTS_PER_ADDRESS - 1);
    expect((await login(owner.email, owner.password, '10.3.0.1')).status).toBe(200);
    expect((await login('e@nowhere.example', 'wrong password', '10.3.0.1')).status).toBe(401);
    expect((await login('f@nowhere.example', 'wrong password', '10.3.0.1')).status).toBe(429);
  });

  it('drops attempts older than the window', async () => {
    const { db } = running.testDatabase.database;
    const old = { id: randomUUID(), attempt_key: 'address:10.0.0.9', at: 1 };
    await db.insertInto('login_attempts').values(old).execute();
    await login('d@nowhere.example', 'wrong password', '10.0.0.5');
    const left = await db
      .selectFrom('login_attempts')
      .select('id')
      .where('id', '=', old.id)
      .execute();
    expect(left).toEqual([]);
  });
});
