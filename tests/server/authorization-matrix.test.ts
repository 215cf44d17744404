// Who may call what: every API route against every role and every kind of dead or missing session.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/server/auth/accounts';
import { databaseTargets } from './support/databases';
import { ADMIN, requestJson } from './support/http';
import { setUpOrganization } from './support/sync-client';
import { addMember, logIn } from './support/team';
import { startTestServer, type TestServer } from './support/test-server';

type Caller = 'admin' | 'therapist' | 'reviewer' | 'none' | 'expired' | 'revoked' | 'disabled';
const CALLERS: Caller[] = [
  'admin',
  'therapist',
  'reviewer',
  'none',
  'expired',
  'revoked',
  'disabled',
];

/**
 * The expected answer per route: admin, therapist, reviewer, and without a live session (no
 * token, an expired one, a revoked one, a disabled user's). A sync push answers 200 either way;
 * `200 forbidden` means the patch came back rejected as forbidden.
 */
const MATRIX: Record<string, [admin: string, therapist: string, reviewer: string, none: string]> = {
  'GET health': ['200', '200', '200', '200'],
  'GET openapi': ['200', '200', '200', '200'],
  'GET setup': ['200', '200', '200', '200'],
  'POST setup': ['409', '409', '409', '409'],
  'POST signup': ['403', '403', '403', '403'],
  'POST auth/login': ['400', '400', '400', '400'],
  'GET auth/me': ['200', '200', '200', '401'],
  'POST sync (pull)': ['200', '200', '200', '401'],
  'POST sync (push client)': ['200', '200', '200 forbidden', '401'],
  'POST sync (push comment)': ['200', '200', '200', '401'],
  'POST sync (push sign-off)': ['200', '200', '200', '401'],
  'POST sync (push checklist)': ['200', '200 forbidden', '200 forbidden', '401'],
  'PUT blobs': ['201', '201', '403', '401'],
  'GET blobs': ['200', '200', '200', '401'],
  'GET users': ['200', '200', '200', '401'],
  'POST users': ['201', '403', '403', '401'],
  'PATCH users/:id': ['200', '403', '403', '401'],
  'POST users/:id/password': ['204', '403', '403', '401'],
  'GET audit': ['200', '403', '403', '401'],
  'POST audit/export': ['204', '204', '204', '401'],
  'POST auth/logout': ['204', '204', '204', '204'],
};

const PNG_HEADER = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

interface Context {
  baseUrl: string;
  storedBlob: string;
  spareUserId: string;
  /** A therapist whose completed visits the callers sign off. */
  spareToken: string;
}

function pushOne(entity: string, set: Record<string, unknown>) {
  return (context: Context, token: string | undefined) =>
    requestJson(context.baseUrl, 'POST', '/api/v1/sync', {
      ...(token === undefined ? {} : { token }),
      body: {
        deviceId: `device-${randomUUID()}`,
        cursor: 0,
        push: [{ seq: 1, entity, id: randomUUID(), set, base: {}, at: Date.now() }],
      },
    });
}

/** Signs off a visit the spare therapist has just completed (a new one per call). */
async function signOff(context: Context, token: string | undefined) {
  const assessmentId = randomUUID();
  const completed = await requestJson(context.baseUrl, 'POST', '/api/v1/sync', {
    token: context.spareToken,
    body: {
      deviceId: `device-${randomUUID()}`,
      cursor: 0,
      push: [
        { seq: 1, entity: 'assessment', id: assessmentId, set: { status: 'complete' }, at: 1 },
      ],
    },
  });
  expect(completed.body).toMatchObject({ rejected: [] });
  return requestJson(context.baseUrl, 'POST', '/api/v1/sync', {
    ...(token === undefined ? {} : { token }),
    body: {
      deviceId: `device-${randomUUID()}`,
      cursor: 0,
      push: [{ seq: 1, entity: 'assessment', id: assessmentId, set: { status: 'signed' }, at: 1 }],
    },
  });
}

async function putPhoto(context: Context, token: string | undefined) {
  const bytes = Buffer.concat([PNG_HEADER, randomBytes(16)]);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const response = await fetch(`${context.baseUrl}/api/v1/blobs/${sha256}`, {
    method: 'PUT',
    headers: { 'content-type': 'image/png', authorization: `Bearer ${token ?? ''}` },
    body: new Uint8Array(bytes),
  });
  return { status: response.status, body: undefined };
}

type Call = (
  context: Context,
  token: string | undefined,
) => Promise<{ status: number; body: unknown }>;
const json =
  (method: string, path: string | ((context: Context) => string), body?: unknown): Call =>
  (context, token) =>
    requestJson(context.baseUrl, method, typeof path === 'string' ? path : path(context), {
      ...(token === undefined ? {} : { token }),
      ...(body === undefined ? {} : { body }),
    });

const CALLS: Record<keyof typeof MATRIX, Call> = {
  'GET health': json('GET', '/api/v1/health'),
  'GET openapi': json('GET', '/api/v1/openapi.json'),
  'GET setup': json('GET', '/api/v1/setup'),
  'POST setup': json('POST', '/api/v1/setup', ADMIN),
  'POST signup': json('POST', '/api/v1/signup', { ...ADMIN, email: 'new@else.example' }),
  'POST auth/login': json('POST', '/api/v1/auth/login', {}),
  'GET auth/me': json('GET', '/api/v1/auth/me'),
  'POST sync (pull)': json('POST', '/api/v1/sync', { deviceId: 'puller', cursor: 0, push: [] }),
  'POST sync (push client)': pushOne('client', { name: 'Ana' }),
  'POST sync (push comment)': pushOne('comment', { text: 'Check the rail height.' }),
  'POST sync (push sign-off)': signOff,
  'POST sync (push checklist)': pushOne('checklist', { title: 'Clinic stairs' }),
  'PUT blobs': putPhoto,
  'GET blobs': async (context, token) => {
    const response = await fetch(`${context.baseUrl}/api/v1/blobs/${context.storedBlob}`, {
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });
    return { status: response.status, body: undefined };
  },
  'GET users': json('GET', '/api/v1/users'),
  'POST users': (context, token) =>
    json('POST', '/api/v1/users', {
      name: 'New Person',
      email: `${randomUUID()}@riverside.example`,
      role: 'therapist',
      password: 'a long new password',
    })(context, token),
  'PATCH users/:id': json('PATCH', (context) => `/api/v1/users/${context.spareUserId}`, {
    name: 'Renamed',
  }),
  'POST users/:id/password': json(
    'POST',
    (context) => `/api/v1/users/${context.spareUserId}/password`,
    { password: 'another long password' },
  ),
  'GET audit': json('GET', '/api/v1/audit'),
  'POST audit/export': json('POST', '/api/v1/audit/export', { what: 'report PDF', count: 1 }),
  'POST auth/logout': json('POST', '/api/v1/auth/logout'),
};

function outcome(response: { status: number; body: unknown }): string {
  const rejected = (response.body as { rejected?: { code: string }[] } | undefined)?.rejected;
  const code = rejected?.[0]?.code;
  return code === undefined ? String(response.status) : `${response.status} ${code}`;
}

async function signInEveryCaller(running: TestServer): Promise<Record<Caller, string | undefined>> {
  const { baseUrl } = running;
  const admin = await setUpOrganization(baseUrl);
  const therapist = await addMember(baseUrl, admin, 'therapist', 'theo@riverside.example');
  const reviewer = await addMember(baseUrl, admin, 'reviewer', 'rita@riverside.example');
  const disabled = await addMember(baseUrl, admin, 'therapist', 'dora@riverside.example');
  await requestJson(baseUrl, 'PATCH', `/api/v1/users/${disabled.id}`, {
    token: admin,
    body: { disabled: true },
  });
  const revoked = await logIn(baseUrl, ADMIN.email, ADMIN.password);
  await requestJson(baseUrl, 'POST', '/api/v1/auth/logout', { token: revoked });
  const expired = randomBytes(32).toString('base64url');
  await running.testDatabase.database.db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(expired),
      organization_id: await organizationOf(running, therapist.id),
      user_id: therapist.id,
      created_at: Date.now() - 100_000,
      expires_at: Date.now() - 1,
      revoked_at: null,
    })
    .execute();
  return {
    admin,
    therapist: therapist.token,
    reviewer: reviewer.token,
    none: undefined,
    expired,
    revoked,
    disabled: disabled.token,
  };
}

async function organizationOf(running: TestServer, userId: string): Promise<string> {
  const row = await running.testDatabase.database.db
    .selectFrom('users')
    .select('organization_id')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return row.organization_id;
}

describe.each(databaseTargets())('authorization on $name', (target) => {
  let running: TestServer;
  let tokens: Record<Caller, string | undefined>;
  let context: Context;

  beforeAll(async () => {
    running = await startTestServer(target);
    tokens = await signInEveryCaller(running);
    const { baseUrl } = running;
    const spare = await addMember(
      baseUrl,
      tokens.admin ?? '',
      'therapist',
      'sam@riverside.example',
    );
    const blank = { baseUrl, storedBlob: '', spareUserId: '', spareToken: '' };
    const stored = await putPhoto(blank, tokens.admin);
    expect(stored.status).toBe(201);
    const blobs = await running.testDatabase.database.db
      .selectFrom('blobs')
      .select('sha256')
      .execute();
    context = {
      baseUrl,
      storedBlob: blobs[0]?.sha256 ?? '',
      spareUserId: spare.id,
      spareToken: spare.token,
    };
  });
  afterAll(async () => {
    await running?.close();
  });

  it('answers every route for every caller as the table says', async () => {
    const actual: Record<string, string[]> = {};
    for (const route of Object.keys(MATRIX)) {
      const call = CALLS[route];
      if (call === undefined) throw new Error(`No call for ${route}`);
      const row: string[] = [];
      for (const caller of CALLERS) row.push(outcome(await call(context, tokens[caller])));
      actual[route] = row;
    }
    const expected = Object.fromEntries(
      Object.entries(MATRIX).map(([route, [admin, therapist, reviewer, none]]) => [
        route,
        [admin, therapist, reviewer, none, none, none, none],
      ]),
    );
    expect(actual).toEqual(expected);
  });
});
