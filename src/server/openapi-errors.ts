// Every `{code, message}` error the API answers, with its status, as OpenAPI responses.
import { type JsonSchema, schemaRef } from './openapi-entity-schemas';

/** Each error code the server sends, its HTTP status and what it means. */
export const API_ERRORS = {
  invalid_json: { status: 400, meaning: 'The body is not JSON, or is empty though sent as JSON.' },
  invalid_body: { status: 400, meaning: 'The body lacks a field or has a wrong one (named).' },
  weak_password: { status: 400, meaning: 'The password is too short or too repetitive.' },
  invalid_request: { status: 400, meaning: 'The sync request is malformed; nothing was applied.' },
  invalid_hash: { status: 400, meaning: 'The path does not end in 64 lower-case hex digits.' },
  empty_body: { status: 400, meaning: 'No photo bytes were sent.' },
  hash_mismatch: { status: 400, meaning: 'The bytes do not have this SHA-256; nothing stored.' },
  not_an_image: { status: 400, meaning: 'The bytes are not an image of the content-type sent.' },
  invalid_query: { status: 400, meaning: 'A query parameter is malformed (named).' },
  bad_request: { status: 400, meaning: 'Any other request the HTTP layer cannot read.' },
  unauthenticated: { status: 401, meaning: 'No bearer token, or its session expired or ended.' },
  invalid_credentials: { status: 401, meaning: 'The email or password is not right.' },
  forbidden: { status: 403, meaning: "The user's role may not do this." },
  signup_closed: { status: 403, meaning: 'This server takes no new organizations (SIGNUP).' },
  not_found: { status: 404, meaning: 'No route for this method and path.' },
  user_not_found: { status: 404, meaning: 'The organization has no user with this id.' },
  blob_not_found: { status: 404, meaning: 'The photo has not reached the server yet.' },
  setup_done: { status: 409, meaning: 'The server is already set up; sign in instead.' },
  email_taken: { status: 409, meaning: 'An account with this email already exists.' },
  last_admin: { status: 409, meaning: 'The change would leave no active admin.' },
  cursor_ahead: {
    status: 409,
    meaning:
      "The sync cursor is past the organization's last change (a server restored from a backup); nothing of the request was applied. Sync again from cursor 0 with the same push.",
  },
  body_too_large: { status: 413, meaning: 'The body is over the limit of this route.' },
  unsupported_media_type: { status: 415, meaning: 'This route does not take this content-type.' },
  too_many_attempts: {
    status: 429,
    meaning: 'Too many failed attempts; wait the seconds in Retry-After.',
  },
  internal: { status: 500, meaning: 'The server failed; the details are only in its log.' },
  database_unavailable: {
    status: 503,
    meaning:
      'The server cannot reach its database; retry after the seconds in Retry-After. A push sent again is recognized by its seqs, so retrying is safe.',
  },
  storage_full: {
    status: 507,
    meaning: 'The server is out of storage space; nothing was saved. Retry once it is freed.',
  },
} as const satisfies Record<string, { status: number; meaning: string }>;

export type ApiErrorCode = keyof typeof API_ERRORS;

/** The errors of any route that reads a JSON body. */
export const JSON_BODY_ERRORS: readonly ApiErrorCode[] = [
  'invalid_json',
  'body_too_large',
  'unsupported_media_type',
];

function meaningList(codes: readonly ApiErrorCode[]): string {
  return codes.map((code) => `\`${code}\`: ${API_ERRORS[code].meaning}`).join('\n\n');
}

/** The shape of every error body, listing every code. */
export function apiErrorSchema(): JsonSchema {
  const codes = Object.keys(API_ERRORS) as ApiErrorCode[];
  return {
    type: 'object',
    required: ['code', 'message'],
    description: 'Every error answer: a stable code for programs and a sentence for people.',
    properties: {
      code: {
        type: 'string',
        description: `One of these (HTTP status in brackets):\n\n${codes
          .map((code) => `- \`${code}\` (${API_ERRORS[code].status}): ${API_ERRORS[code].meaning}`)
          .join('\n')}`,
      },
      message: { type: 'string' },
    },
  };
}

/** The failures any route that reads or writes the database may answer, besides its own. */
export const DATABASE_ERRORS: readonly ApiErrorCode[] = ['database_unavailable', 'storage_full'];

const RETRY_AFTER_STATUSES = new Set([429, 503]);
const retryAfterHeader = {
  'Retry-After': {
    description: 'Seconds to wait before trying again.',
    schema: { type: 'integer', minimum: 1 },
  },
};

/**
 * One response per status for the given codes (plus `internal`, and the database failures
 * unless `usesDatabase` is false), each an `ApiError` whose code is one of that status's codes.
 * `hasBody: false` is for HEAD, which answers headers only.
 */
export function errorResponses(
  codes: readonly ApiErrorCode[],
  hasBody = true,
  usesDatabase = true,
): Record<string, Record<string, unknown>> {
  const byStatus = new Map<number, ApiErrorCode[]>();
  const always: readonly ApiErrorCode[] = usesDatabase
    ? ['internal', ...DATABASE_ERRORS]
    : ['internal'];
  for (const code of [...codes, ...always]) {
    const { status } = API_ERRORS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses = [...byStatus].map(([status, group]) => {
    const schema = { allOf: [schemaRef('ApiError'), { properties: { code: { enum: group } } }] };
    const content = hasBody ? { content: { 'application/json': { schema } } } : {};
    const headers = RETRY_AFTER_STATUSES.has(status) ? { headers: retryAfterHeader } : {};
    return [String(status), { description: meaningList(group), ...headers, ...content }];
  });
  return Object.fromEntries(responses);
}
