// Hostile HTTP requests for every API route: methods, paths with odd ids and hashes, queries,
// headers and content types, with the bodies of api-fuzz-bodies.ts; and a sender for them.
import { createHash } from 'node:crypto';
import { Agent, request } from 'node:http';
import fc from 'fast-check';
import { CONTENT_TYPES, fuzzBody, nastyString, PNG_START, syncShape } from './api-fuzz-bodies';

export interface FuzzRequest {
  /** The route aimed at, as `METHOD /path/:param`, or `stray` for any method on any path. */
  route: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer | undefined;
}

/** The tokens a request may carry: none, real ones of two roles, and made-up ones. */
export interface FuzzTokens {
  admin: string;
  reviewer: string;
}

/**
 * The id of a real user, so odd changes can hit someone who exists. Not the admin's: demoting
 * the admin or resetting their password would leave the rest of the run without one.
 */
export interface FuzzIds {
  reviewerId: string;
}

/** Every UTF-8 byte of the text percent-encoded (a lone surrogate becomes U+FFFD's bytes). */
const percentEncoded = (text: string) =>
  [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
const HEX = fc.constantFrom(...'0123456789abcdef');
const oddHash = fc.oneof(
  fc.string({ unit: HEX, minLength: 64, maxLength: 64 }),
  fc.string({ unit: HEX, minLength: 63, maxLength: 65 }),
  fc.string({ unit: HEX, minLength: 64, maxLength: 64 }).map((hash) => hash.toUpperCase()),
  nastyString.map(percentEncoded),
  fc.constantFrom('%00', '%ff', '%', '..%2f..%2f', 'a'.repeat(5000)),
);
const PATH_SPICE = [
  '%00',
  '%ff',
  '%C0%AF',
  '%2e%2e',
  '0',
  '-1',
  'null',
  'a'.repeat(2000),
  '%F0%9F%98%80',
];

function oddId(ids: FuzzIds) {
  return fc.oneof(
    fc.uuid(),
    fc.constantFrom(ids.reviewerId, ...PATH_SPICE),
    nastyString.map(percentEncoded),
  );
}

const AUDIT_KEYS = ['action', 'userId', 'from', 'to', 'limit', 'before', 'x', '__proto__'];
const query = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('', '?limit=2', '?action=login&from=0', '?before=x') },
  {
    weight: 2,
    arbitrary: fc
      .array(
        fc.tuple(
          fc.constantFrom(...AUDIT_KEYS),
          fc.oneof(nastyString, fc.constantFrom('login', '0', '500', '501', '9007199254740993')),
        ),
        { minLength: 1, maxLength: 4 },
      )
      .map(
        (pairs) => `?${pairs.map(([key, value]) => `${key}=${percentEncoded(value)}`).join('&')}`,
      ),
  },
);

/** A route aimed at, and the request line that reaches it. */
interface Aim {
  route: string;
  method: string;
  path: string;
  /** A body and content-type this aim needs (a photo under its own hash), else random ones. */
  body?: Buffer;
  contentType?: string;
}

const IMAGE_STARTS = [
  PNG_START,
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBP', 'latin1'),
  Buffer.alloc(0),
];
/** Photo bytes (an image's first bytes, or not) sent under their own SHA-256. */
const hashedPhoto: fc.Arbitrary<Aim> = fc
  .record({
    start: fc.constantFrom(...IMAGE_STARTS),
    tail: fc.uint8Array({ maxLength: 2048 }),
    contentType: fc.constantFrom('image/png', 'image/jpeg', 'image/webp'),
  })
  .map(({ start, tail, contentType }) => {
    const bytes = Buffer.concat([start, tail]);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const path = `/api/v1/blobs/${sha256}`;
    return {
      route: 'PUT /api/v1/blobs/:sha256 (hashed)',
      method: 'PUT',
      path,
      body: bytes,
      contentType,
    };
  });
const syncBody: fc.Arbitrary<Aim> = syncShape.map((request) => ({
  route: 'POST /api/v1/sync (shaped)',
  method: 'POST',
  path: '/api/v1/sync',
  body: Buffer.from(JSON.stringify(request)),
  contentType: 'application/json',
}));

/** Every route the API has, each with the paths it is reached on (odd ids and hashes too). */
function routesOf(ids: FuzzIds): fc.Arbitrary<Aim>[] {
  const at = (method: string, route: string, path: fc.Arbitrary<string>) =>
    path.map((picked) => ({ route: `${method} ${route}`, method, path: picked }));
  const fixed = (method: string, path: string) => at(method, path, fc.constant(path));
  const blob = oddHash.map((hash) => `/api/v1/blobs/${hash}`);
  const BLOB = '/api/v1/blobs/:sha256';
  return [
    fixed('GET', '/api/v1/health'),
    fixed('GET', '/api/v1/openapi.json'),
    fixed('GET', '/api/v1/setup'),
    fixed('POST', '/api/v1/setup'),
    fixed('POST', '/api/v1/signup'),
    fixed('POST', '/api/v1/auth/login'),
    fixed('POST', '/api/v1/auth/logout'),
    fixed('GET', '/api/v1/auth/me'),
    fixed('POST', '/api/v1/sync'),
    at('PUT', BLOB, blob),
    at('GET', BLOB, blob),
    at('HEAD', BLOB, blob),
    fixed('GET', '/api/v1/users'),
    fixed('POST', '/api/v1/users'),
    at(
      'PATCH',
      '/api/v1/users/:id',
      oddId(ids).map((id) => `/api/v1/users/${id}`),
    ),
    at(
      'POST',
      '/api/v1/users/:id/password',
      oddId(ids).map((id) => `/api/v1/users/${id}/password`),
    ),
    at(
      'GET',
      '/api/v1/audit',
      query.map((search) => `/api/v1/audit${search}`),
    ),
    fixed('POST', '/api/v1/audit/export'),
    hashedPhoto,
    syncBody,
    syncBody,
  ];
}

/** Any method on any of the routes' paths, the app's pages, or paths that do not exist. */
function strayRequest(ids: FuzzIds): fc.Arbitrary<Aim> {
  const path = fc.oneof(
    ...routesOf(ids).map((route) => route.map((picked) => picked.path)),
    fc.constantFrom('/', '/index.html', '/sw.js'),
    fc.constantFrom(...PATH_SPICE, 'sync/', 'SYNC', 'auth//login').map((tail) => `/api/v1/${tail}`),
  );
  const method = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS');
  return fc.record({ route: fc.constant('stray'), method, path });
}

/** Headers a client may add: compressed or ranged bodies, page requests, method overrides. */
const extraHeaders = fc.dictionary(
  fc.constantFrom(
    'accept',
    'content-encoding',
    'x-forwarded-for',
    'x-http-method-override',
    'range',
    'if-none-match',
    'origin',
    'cookie',
    'expect',
  ),
  fc.oneof(
    fc.constantFrom(
      'text/html',
      'gzip',
      'br',
      '1.2.3.4, 5.6.7.8',
      'DELETE',
      'bytes=0-1',
      '*',
      'null',
    ),
    fc.string({ unit: fc.constantFrom(...'abc=;,-/ 019'), maxLength: 200 }),
  ),
  { maxKeys: 3 },
);

/** Any request an attacker or a broken client could send, with or without a valid token. */
export function fuzzRequest(tokens: FuzzTokens, ids: FuzzIds): fc.Arbitrary<FuzzRequest> {
  const authorization = fc.oneof(
    fc.constant(undefined),
    { weight: 3, arbitrary: fc.constant(`Bearer ${tokens.admin}`) },
    fc.constant(`Bearer ${tokens.reviewer}`),
    fc.constantFrom('Bearer ', 'Bearer x', `Bearer ${'a'.repeat(4000)}`, 'Basic YTpi', 'bearer'),
    fc.string({ unit: HEX, maxLength: 60 }).map((token) => `Bearer ${token}`),
  );
  return fc
    .record({
      route: fc.oneof(
        { weight: 5, arbitrary: fc.oneof(...routesOf(ids)) },
        { weight: 1, arbitrary: strayRequest(ids) },
      ),
      authorization,
      contentType: fc.oneof(
        { weight: 3, arbitrary: fc.constant('application/json') },
        { weight: 2, arbitrary: fc.option(fc.constantFrom(...CONTENT_TYPES), { nil: undefined }) },
      ),
      body: fuzzBody,
      extra: extraHeaders,
    })
    .map(({ route: aim, authorization: auth, contentType: anyType, body: anyBody, extra }) => {
      const { route, method, path } = aim;
      const contentType = aim.contentType ?? anyType;
      const bytes = aim.body ?? anyBody;
      // Signing out with a real token would end the session the rest of the run uses.
      const isRealToken = auth?.includes(tokens.admin) || auth?.includes(tokens.reviewer);
      const keptAuth = path === '/api/v1/auth/logout' && isRealToken ? 'Bearer x' : auth;
      // An `expect` other than 100-continue is answered 417 by Node before the server sees it.
      const headers: Record<string, string> = { ...extra };
      if (keptAuth !== undefined) headers.authorization = keptAuth;
      if (contentType !== undefined) headers['content-type'] = contentType;
      return { route, method, path, headers, body: bytes };
    });
}

/** Sends requests over node:http (any method may carry a body) on a few kept-alive sockets. */
export function createSender(baseUrl: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  /** Sends one request and resolves with the status once the answer has been read. */
  function send(fuzz: FuzzRequest): Promise<number> {
    return new Promise((resolve, reject) => {
      const headers = { ...fuzz.headers };
      if (fuzz.body !== undefined) headers['content-length'] = String(fuzz.body.length);
      const outgoing = request(`${baseUrl}${fuzz.path}`, { method: fuzz.method, headers, agent });
      outgoing.on('response', (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      });
      outgoing.on('error', reject);
      outgoing.end(fuzz.body);
    });
  }
  return { send, close: () => agent.destroy() };
}
