// The OpenAPI document: served as JSON, covering every route, entity and error the server has.
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ENTITY_FIELDS,
  ENTITY_NAMES,
  type FieldSpec,
  isDeviceWritable,
} from '../../src/domain/entities';
import { checkFieldValue } from '../../src/domain/field-values';
import { OPENAPI_METHODS, type OpenApiDocument } from '../../src/server/openapi';
import {
  DEFAULT_PAGE_LIMIT,
  MAX_CLOCK_SKEW_MS,
  MAX_PAGE_LIMIT,
  MAX_PATCHES_PER_REQUEST,
} from '../../src/sync/protocol';
import { isSyncErrorCode, parseSyncRequest } from '../../src/sync/protocol-schemas';
import { databaseTargets } from './support/databases';
import { ADMIN, type JsonResponse, requestJson } from './support/http';
import {
  at,
  documentedErrorCodes,
  documentValidator,
  localRefs,
  registeredRoutes,
  responseOf,
} from './support/openapi-document';
import {
  EVERY_SYNC_ERROR_CODE,
  fieldValueProbes,
  syncRequestProbes,
} from './support/openapi-probes';
import { newDevice, patch, sync } from './support/sync-client';
import { startTestServer, TEST_VERSION, type TestServer } from './support/test-server';

const PNG_BYTES = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), Buffer.from('…')]);
const BLOBS = '/api/v1/blobs/{sha256}';
const LOGIN = '/api/v1/auth/login';
const ROTATE = '/api/v1/auth/rotate';
const JSON_TYPE = 'application/json';
const PROTOCOL_LIMITS = [
  MAX_PATCHES_PER_REQUEST,
  MAX_PAGE_LIMIT,
  DEFAULT_PAGE_LIMIT,
  MAX_CLOCK_SKEW_MS,
];
const capitalized = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

describe('the OpenAPI document', () => {
  let running: TestServer;
  let served: Response;
  let document: OpenApiDocument;
  let setup: JsonResponse;
  let token: string;
  let validatorOf: ReturnType<typeof documentValidator>;

  beforeAll(async () => {
    const sqlite = databaseTargets().find((target) => target.name === 'sqlite');
    if (sqlite === undefined) throw new Error('SQLite is always a test target.');
    running = await startTestServer(sqlite);
    served = await fetch(`${running.baseUrl}/api/v1/openapi.json`);
    document = (await served.json()) as OpenApiDocument;
    validatorOf = documentValidator(document);
    setup = await requestJson(running.baseUrl, 'POST', '/api/v1/setup', { body: ADMIN });
    token = (setup.body as { token: string }).token;
  });
  afterAll(async () => {
    await running?.close();
  });

  /** A token of its own for a test that ends it, so the others keep theirs. */
  const freshToken = async () => {
    const credentials = { email: ADMIN.email, password: ADMIN.password };
    const login = await requestJson(running.baseUrl, 'POST', LOGIN, { body: credentials });
    return (login.body as { token: string }).token;
  };

  const answerValidator = (path: string, method: string, status: number) =>
    validatorOf(at(responseOf(document, path, method, status), ['content', JSON_TYPE, 'schema']));

  it('is served as OpenAPI 3.1.0 JSON that caches never keep', () => {
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toMatch(/^application\/json/);
    expect(served.headers.get('cache-control')).toBe('no-cache');
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.version).toBe(TEST_VERSION);
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ scheme: 'bearer' });
  });

  it('documents every route the server has under /api/v1, and no other', () => {
    const registered = registeredRoutes(running.server).filter((route) =>
      route.startsWith('/api/v1/'),
    );
    const documented = Object.entries(document.paths).flatMap(([path, item]) =>
      OPENAPI_METHODS.filter((method) => method in item).map(
        (method) => `${path.replaceAll(/\{(\w+)\}/g, ':$1')} ${method.toUpperCase()}`,
      ),
    );
    const withoutHead = (routes: string[]) => routes.filter((route) => !route.endsWith(' HEAD'));
    expect(withoutHead(documented).sort()).toEqual(withoutHead(registered).sort());
    expect(registered).toEqual(expect.arrayContaining(documented));
  });

  it('resolves every $ref inside itself', () => {
    const refs = localRefs(document);
    expect(refs.length).toBeGreaterThan(50);
    const unresolved = refs.filter(
      (ref) => !ref.startsWith('#/') || at(document, ref.slice(2).split('/')) === undefined,
    );
    expect(unresolved).toEqual([]);
  });

  it('has a schema of every entity with exactly its registry fields, server-only ones read-only', () => {
    for (const entity of ENTITY_NAMES) {
      const schema = document.components.schemas[`${capitalized(entity)}Fields`];
      const properties = (schema?.properties ?? {}) as Record<string, { readOnly?: boolean }>;
      const fields = Object.keys(ENTITY_FIELDS[entity]);
      expect(Object.keys(properties)).toEqual(fields);
      const readOnly = fields.filter((field) => properties[field]?.readOnly === true);
      expect(readOnly).toEqual(fields.filter((field) => !isDeviceWritable(entity, field)));
    }
  });

  it('accepts and refuses field values as the server checks them', () => {
    const disagreements: unknown[] = [];
    for (const entity of ENTITY_NAMES) {
      const validate = validatorOf({ $ref: `#/components/schemas/${capitalized(entity)}Fields` });
      const fields: Record<string, FieldSpec> = ENTITY_FIELDS[entity];
      for (const [field, spec] of Object.entries(fields)) {
        if (!isDeviceWritable(entity, field)) continue;
        for (const value of fieldValueProbes(spec)) {
          const isServerFine = checkFieldValue(entity, field, value) === undefined;
          if (validate({ [field]: value }) !== isServerFine)
            disagreements.push({
              entity,
              field,
              value: JSON.stringify(value).slice(0, 40),
              isServerFine,
            });
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('lists every sync rejection code and states the protocol limits', () => {
    const rejection = document.components.schemas.Rejection;
    const codes = at(rejection, ['properties', 'code', 'enum']) as string[];
    expect([...codes].sort()).toEqual([...EVERY_SYNC_ERROR_CODE].sort());
    expect(codes.every(isSyncErrorCode)).toBe(true);
    const rules = String(at(document.paths, ['/api/v1/sync', 'post', 'description']));
    for (const limit of PROTOCOL_LIMITS) expect(rules).toContain(String(limit));
    expect(rules).toMatch(/snapshot: true/);
  });

  it('describes the sync request as the server reads it', () => {
    const validate = validatorOf({ $ref: '#/components/schemas/SyncRequest' });
    const requests = syncRequestProbes();
    for (const request of requests)
      expect({ request, valid: validate(request) }).toEqual({
        request,
        valid: parseSyncRequest(request).ok,
      });
  });

  it('describes the account and health answers the server gives', async () => {
    const { baseUrl } = running;
    const credentials = { email: ADMIN.email, password: ADMIN.password };
    expect(answerValidator('/api/v1/setup', 'post', 201)(setup.body)).toBe(true);
    const answers = [
      ['/api/v1/health', 'get', await requestJson(baseUrl, 'GET', '/api/v1/health')],
      ['/api/v1/setup', 'get', await requestJson(baseUrl, 'GET', '/api/v1/setup')],
      ['/api/v1/auth/me', 'get', await requestJson(baseUrl, 'GET', '/api/v1/auth/me', { token })],
      [LOGIN, 'post', await requestJson(baseUrl, 'POST', LOGIN, { body: credentials })],
      [ROTATE, 'post', await requestJson(baseUrl, 'POST', ROTATE, { token: await freshToken() })],
    ] as const;
    for (const [path, method, answer] of answers) {
      const validate = answerValidator(path, method, answer.status);
      expect({ path, valid: validate(answer.body), errors: validate.errors }).toMatchObject({
        path,
        valid: true,
      });
    }
  });

  it('describes sync answers, with snapshots, rejections and conflict records', async () => {
    const [tablet, laptop] = [newDevice(token), newDevice(token)];
    const clientId = randomUUID();
    const answers = [
      await sync(running.baseUrl, tablet, [
        patch(tablet, 'client', clientId, { name: 'Ana', ageGroup: 'adult' }),
      ]),
      await sync(running.baseUrl, laptop, [patch(laptop, 'client', clientId, { name: 'Ana B' })]),
      await sync(running.baseUrl, tablet, [patch(tablet, 'room', randomUUID(), { colour: 'red' })]),
    ];
    expect(answers[0]?.snapshot).toBe(true);
    expect(answers[2]?.changes.map((change) => change.entity)).toEqual(['client', 'conflict']);
    expect(answers[2]?.rejected).toMatchObject([{ code: 'unknown_field' }]);
    const validate = answerValidator('/api/v1/sync', 'post', 200);
    for (const answer of answers)
      expect({ valid: validate(answer), errors: validate.errors }).toMatchObject({ valid: true });
  });

  it('describes a stored photo and the bytes read back', async () => {
    const url = `${running.baseUrl}/api/v1/blobs/${createHash('sha256').update(PNG_BYTES).digest('hex')}`;
    const headers = { authorization: `Bearer ${token}` };
    const put = await fetch(url, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'image/png' },
      body: PNG_BYTES,
    });
    expect(answerValidator(BLOBS, 'put', put.status)(await put.json())).toBe(true);
    const get = await fetch(url, { headers });
    const content = at(responseOf(document, BLOBS, 'get', get.status), ['content']);
    expect(Object.keys(content ?? {})).toContain(get.headers.get('content-type'));
  });

  it('documents the status and code of the errors the server answers', async () => {
    const bearer = { authorization: `Bearer ${token}` };
    const asJson = { 'content-type': 'application/json' };
    const post = (body: unknown, headers: Record<string, string> = asJson) => ({
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const tooLong = 'y'.repeat(running.server.initialConfig.bodyLimit ?? 0);
    const noBlob = `/api/v1/blobs/${'b'.repeat(64)}`;
    const putPng = { method: 'PUT', headers: { ...bearer, 'content-type': 'image/png' } };
    const probes: { code: string; path: string; url?: string; init: RequestInit }[] = [
      { code: 'invalid_json', path: LOGIN, init: post('{') },
      { code: 'invalid_body', path: LOGIN, init: post({}) },
      { code: 'body_too_large', path: LOGIN, init: post({ email: 'x', password: tooLong }) },
      {
        code: 'unsupported_media_type',
        path: LOGIN,
        init: post('<a/>', { 'content-type': 'text/xml' }),
      },
      {
        code: 'invalid_credentials',
        path: LOGIN,
        init: post({ email: 'x@y.example', password: 'z' }),
      },
      { code: 'setup_done', path: '/api/v1/setup', init: post(ADMIN) },
      { code: 'signup_closed', path: '/api/v1/signup', init: post(ADMIN) },
      { code: 'unauthenticated', path: '/api/v1/auth/me', init: {} },
      { code: 'unauthenticated', path: ROTATE, init: { method: 'POST' } },
      { code: 'invalid_request', path: '/api/v1/sync', init: post({}, { ...asJson, ...bearer }) },
      {
        code: 'cursor_ahead',
        path: '/api/v1/sync',
        init: post({ deviceId: 'ahead', cursor: 99, push: [] }, { ...asJson, ...bearer }),
      },
      {
        code: 'unsupported_media_type',
        path: '/api/v1/sync',
        init: post(PNG_BYTES.toString('latin1'), { ...bearer, 'content-type': 'image/png' }),
      },
      { code: 'invalid_hash', path: BLOBS, url: '/api/v1/blobs/x', init: { headers: bearer } },
      { code: 'blob_not_found', path: BLOBS, url: noBlob, init: { headers: bearer } },
      { code: 'hash_mismatch', path: BLOBS, url: noBlob, init: { ...putPng, body: PNG_BYTES } },
    ];
    for (const { code, path, url = path, init } of probes) {
      const response = await fetch(`${running.baseUrl}${url}`, init);
      const answered = ((await response.json()) as { code: string }).code;
      const method = (init.method ?? 'GET').toLowerCase();
      const documented = documentedErrorCodes(document, path, method, response.status);
      expect({ url, answered, isDocumented: documented.includes(answered) }).toEqual({
        url,
        answered: code,
        isDocumented: true,
      });
    }
    const head = await fetch(`${running.baseUrl}${noBlob}`, { method: 'HEAD', headers: bearer });
    expect(responseOf(document, BLOBS, 'head', head.status)).toBeDefined();
  });
});
