// The operations of the API document: every route under /api/v1, its bodies and its errors.
import { PHOTO_MAX_BYTES } from '../domain/entities';
import {
  DEFAULT_PAGE_LIMIT,
  MAX_CLOCK_SKEW_MS,
  MAX_PAGE_LIMIT,
  MAX_PATCHES_PER_REQUEST,
  SYNC_BODY_LIMIT_BYTES,
} from '../sync/protocol';
import {
  ATTEMPT_WINDOW_MS,
  MAX_ATTEMPTS_PER_ADDRESS,
  MAX_FAILURES_PER_ACCOUNT,
} from './auth/login-limiter';
import { MAX_JSON_DEPTH } from './json-depth';
import { schemaRef } from './openapi-entity-schemas';
import { type ApiErrorCode, errorResponses, JSON_BODY_ERRORS } from './openapi-errors';
import { BLOB_MIME_TYPES } from './routes/blob-routes';

/** An operation, response or path item of the document, as plain JSON. */
export type OpenApiObject = Record<string, unknown>;

/** Sizes the document states; the JSON body limit is the server's own setting. */
export interface BodyLimits {
  jsonBodyLimitBytes: number;
}

/** One operation's summary, tag, security, bodies and errors. */
export interface OperationSpec {
  operationId: string;
  summary: string;
  description?: string;
  tag: 'accounts' | 'sync' | 'photos' | 'server' | 'users' | 'audit';
  security?: 'bearer' | 'optional bearer';
  parameters?: OpenApiObject[];
  requestBody?: OpenApiObject;
  responses: Record<string, OpenApiObject>;
  errors?: readonly ApiErrorCode[];
  hasErrorBody?: boolean;
  /** False for the routes that never touch the database (this document). */
  usesDatabase?: boolean;
}

const BEARER = [{ bearerAuth: [] }];
const SECURITY = { bearer: BEARER, 'optional bearer': [{}, ...BEARER] };

/** An OpenAPI operation with its error responses. */
export function operation(spec: OperationSpec): OpenApiObject {
  const { tag, security, errors = [], hasErrorBody = true, usesDatabase = true, ...rest } = spec;
  return {
    ...rest,
    tags: [tag],
    ...(security === undefined ? {} : { security: SECURITY[security] }),
    responses: { ...errorResponses(errors, hasErrorBody, usesDatabase), ...spec.responses },
  };
}

/** A required JSON request body of a component schema. */
export function jsonBody(schemaName: string, description: string): OpenApiObject {
  return {
    required: true,
    description,
    content: { 'application/json': { schema: schemaRef(schemaName) } },
  };
}

/** A JSON answer of a component schema. */
export function jsonAnswer(description: string, schemaName: string): OpenApiObject {
  return { description, content: { 'application/json': { schema: schemaRef(schemaName) } } };
}

/** A size in MiB and bytes, for descriptions. */
export const mebibytes = (bytes: number) => `${bytes / 1_048_576} MiB (${bytes} bytes)`;
/** The errors of a route reading a JSON body it validates. */
export const ACCOUNT_ERRORS: readonly ApiErrorCode[] = [...JSON_BODY_ERRORS, 'invalid_body'];
const NEW_ORGANIZATION_ERRORS: readonly ApiErrorCode[] = [...ACCOUNT_ERRORS, 'weak_password'];

function accountPaths({ jsonBodyLimitBytes }: BodyLimits): Record<string, OpenApiObject> {
  const body = (name: string) => jsonBody(name, `At most ${mebibytes(jsonBodyLimitBytes)}.`);
  const signedIn = jsonAnswer('Signed in: the new admin and a token.', 'Session');
  return {
    '/api/v1/setup': {
      get: operation({
        operationId: 'getSetupStatus',
        summary: 'Whether the server still needs its first setup',
        tag: 'accounts',
        responses: { 200: jsonAnswer('Whether setup is needed.', 'SetupStatus') },
      }),
      post: operation({
        operationId: 'setUp',
        summary: 'Create the first organization and its admin (once)',
        tag: 'accounts',
        requestBody: body('NewOrganization'),
        responses: { 201: signedIn },
        errors: [...NEW_ORGANIZATION_ERRORS, 'setup_done', 'too_many_attempts'],
      }),
    },
    '/api/v1/signup': {
      post: operation({
        operationId: 'signUp',
        summary: 'Create a further organization and its admin',
        description: 'Only when the server runs with `SIGNUP=open`.',
        tag: 'accounts',
        requestBody: body('NewOrganization'),
        responses: { 201: signedIn },
        errors: [...NEW_ORGANIZATION_ERRORS, 'signup_closed', 'email_taken', 'too_many_attempts'],
      }),
    },
    '/api/v1/auth/login': {
      post: operation({
        operationId: 'logIn',
        summary: 'Sign in with email and password',
        tag: 'accounts',
        requestBody: body('Credentials'),
        responses: { 200: jsonAnswer('Signed in.', 'Session') },
        description: `After ${MAX_FAILURES_PER_ACCOUNT} failures for one email, or ${MAX_ATTEMPTS_PER_ADDRESS} failed logins, setups and sign-ups from one address, within ${ATTEMPT_WINDOW_MS / 60_000} minutes, the server answers 429 \`too_many_attempts\` with \`Retry-After\` (seconds) until the window frees up. A successful login clears the email's failures.`,
        errors: [...ACCOUNT_ERRORS, 'invalid_credentials', 'too_many_attempts'],
      }),
    },
    '/api/v1/auth/logout': {
      post: operation({
        operationId: 'logOut',
        summary: 'End the session of the bearer token, if any',
        tag: 'accounts',
        security: 'optional bearer',
        responses: { 204: { description: 'Signed out (also without a live session).' } },
      }),
    },
    '/api/v1/auth/me': {
      get: operation({
        operationId: 'getCurrentUser',
        summary: 'The signed-in user',
        tag: 'accounts',
        security: 'bearer',
        responses: { 200: jsonAnswer('The user of the token.', 'CurrentUser') },
        errors: ['unauthenticated'],
      }),
    },
  };
}

const SYNC_RULES = `Pushes a device's unacknowledged patches and pulls the next page of the organization's changes, in one request.

**Push.** Per device the server processes patches in \`seq\` order (1, 2, 3, no gaps), each once:
- the next seq is checked and applied, or rejected with a code; either way it counts as processed;
- a seq already processed is acknowledged again and not re-applied (its earlier rejection, if any, is repeated); with different content it is rejected \`duplicate_mismatch\`;
- a seq past the next one is rejected \`gap\` and the rest of the push waits.
\`acked\` is the highest seq processed: the device drops patches up to it from its outbox and keeps rejected ones visible for a person to resolve. At most ${MAX_PATCHES_PER_REQUEST} patches per request (MAX_PATCHES_PER_REQUEST); a patch whose \`at\` is more than ${MAX_CLOCK_SKEW_MS} ms ahead of the server (MAX_CLOCK_SKEW_MS) is rejected \`clock_ahead\`. \`at\` is never used for ordering.

**Order.** Each applied patch becomes one change with the next \`seq\` of the organization, assigned under a per-organization lock so commit order equals seq order: a pull never skips a change.

**Conflicts.** If \`base[field]\` is older than the field's current version, another device wrote the field meanwhile and the values differ, the incoming value is applied and the overwritten one is kept in a new \`conflict\` record (written by device \`server\`), which syncs to every device for review. Nothing is discarded.

**Pull.** The answer holds the changes with seq > \`cursor\`, in seq order, at most \`limit\` (default ${DEFAULT_PAGE_LIMIT}, DEFAULT_PAGE_LIMIT; at most ${MAX_PAGE_LIMIT}, MAX_PAGE_LIMIT), and the new \`cursor\`; \`more\` says further pages wait. For \`cursor\` 0 the server answers a **snapshot** instead, with \`snapshot: true\`: one change per record holding all its current fields, at the seq of the record's latest change, in seq order. While \`more\` is true the device asks for the next page with the new cursor and \`snapshot: true\`. A \`cursor\` past the organization's last change (the device has seen changes the server no longer has, as after a restore from a backup) is answered 409 \`cursor_ahead\` before the push is looked at, so nothing of that request is applied; the device then syncs from cursor 0 with \`snapshot: true\`, sending the same push. The device applies a page and moves its cursor in one transaction; fields with unacknowledged local edits are not overwritten, since those edits come back in the stream once applied.

The body may be up to ${mebibytes(SYNC_BODY_LIMIT_BYTES)}, with values nested at most ${MAX_JSON_DEPTH} levels deep (else \`invalid_request\`). Every role may pull; a reviewer may push only \`comment\` records and an assessment's \`status\`, \`signedBy\` and \`signedAt\`, and only an admin may push \`checklist\` records: other patches are rejected \`forbidden\`.`;

function syncPaths(): Record<string, OpenApiObject> {
  const body = jsonBody('SyncRequest', `At most ${mebibytes(SYNC_BODY_LIMIT_BYTES)}.`);
  return {
    '/api/v1/sync': {
      post: operation({
        operationId: 'sync',
        summary: 'Push patches and pull changes (sync protocol v1)',
        description: SYNC_RULES,
        tag: 'sync',
        security: 'bearer',
        requestBody: body,
        responses: { 200: jsonAnswer('What was processed, and the next page.', 'SyncResponse') },
        errors: [...JSON_BODY_ERRORS, 'invalid_request', 'unauthenticated', 'cursor_ahead'],
      }),
    },
  };
}

/** Raw image bytes: OpenAPI 3.1 describes binary content by its media type alone. */
const imageContent = () => Object.fromEntries(BLOB_MIME_TYPES.map((type) => [type, {}]));
const BLOB_ERRORS: readonly ApiErrorCode[] = ['unauthenticated', 'invalid_hash', 'blob_not_found'];

function blobPaths(): Record<string, OpenApiObject> {
  const cacheControl = {
    schema: { type: 'string', const: 'private, max-age=31536000, immutable' },
  };
  const headers = {
    'Cache-Control': cacheControl,
    'Content-Length': { schema: { type: 'integer' } },
  };
  const stored = (description: string) => jsonAnswer(description, 'StoredBlob');
  return {
    '/api/v1/blobs/{sha256}': {
      parameters: [
        {
          name: 'sha256',
          in: 'path',
          required: true,
          description: 'The SHA-256 of the bytes, in lower-case hex.',
          schema: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        },
      ],
      put: operation({
        operationId: 'putBlob',
        summary: "Upload a photo's bytes",
        description: `Admins and therapists only. The server checks the hash, that the bytes are an image of the content-type sent, and the size (at most ${mebibytes(PHOTO_MAX_BYTES)}). Repeating it is harmless. Photos belong to the organization.`,
        tag: 'photos',
        security: 'bearer',
        requestBody: { required: true, content: imageContent() },
        responses: { 201: stored('Stored.'), 200: stored('Already stored; nothing changed.') },
        errors: [
          'unauthenticated',
          'forbidden',
          'invalid_hash',
          'empty_body',
          'hash_mismatch',
          'not_an_image',
          'body_too_large',
          'unsupported_media_type',
        ],
      }),
      get: operation({
        operationId: 'getBlob',
        summary: "Download a photo's bytes",
        tag: 'photos',
        security: 'bearer',
        responses: {
          200: {
            description: 'The bytes, with their image type.',
            headers,
            content: imageContent(),
          },
        },
        errors: BLOB_ERRORS,
      }),
      head: operation({
        operationId: 'headBlob',
        summary: 'Whether a photo has reached the server',
        description: 'As GET, with headers only.',
        tag: 'photos',
        security: 'bearer',
        responses: { 200: { description: 'The photo is stored.', headers } },
        errors: BLOB_ERRORS,
        hasErrorBody: false,
      }),
    },
  };
}

function serverPaths(): Record<string, OpenApiObject> {
  return {
    '/api/v1/health': {
      get: operation({
        operationId: 'getHealth',
        summary: 'Whether the server and its database answer',
        description:
          'Runs one cheap query. 200 while it answers; 503 `degraded` (with `Retry-After`) while the server runs but its database does not answer, so a monitor and the app tell a failing server from one that cannot be reached.',
        tag: 'server',
        usesDatabase: false,
        responses: {
          200: jsonAnswer('Healthy.', 'Health'),
          503: {
            ...jsonAnswer('The server runs but its database does not answer.', 'HealthDegraded'),
            headers: {
              'Retry-After': {
                description: 'Seconds to wait before asking again.',
                schema: { type: 'integer', minimum: 1 },
              },
            },
          },
        },
      }),
    },
    '/api/v1/openapi.json': {
      get: operation({
        operationId: 'getOpenApiDocument',
        summary: 'This document',
        tag: 'server',
        usesDatabase: false,
        responses: {
          200: {
            description:
              'The OpenAPI 3.1 document of this server version (`Cache-Control: no-cache`).',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
        },
      }),
    },
  };
}

/** Every path of the API, with its operations. */
export function apiPaths(limits: BodyLimits): Record<string, OpenApiObject> {
  return {
    ...serverPaths(),
    ...accountPaths(limits),
    ...syncPaths(),
    ...blobPaths(),
  };
}
