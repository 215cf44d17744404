// The OpenAPI 3.1 document of the API, built from the entity registry and the protocol constants.
import { PROTOCOL_VERSION } from '../sync/protocol';
import { SESSION_LIFETIME_MS } from './auth/accounts';
import { adminPaths } from './openapi-admin-paths';
import type { JsonSchema } from './openapi-entity-schemas';
import { apiErrorSchema } from './openapi-errors';
import { apiPaths, type BodyLimits, type OpenApiObject } from './openapi-paths';
import { bodySchemas } from './openapi-schemas';
import { sessionPaths } from './openapi-session-paths';

/** The methods an OpenAPI path item may describe. */
export const OPENAPI_METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
] as const;

/** The parts of the document that programs read; the rest is free-form JSON. */
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  paths: Record<string, OpenApiObject>;
  components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes: Record<string, OpenApiObject>;
  };
  tags: { name: string; description: string }[];
}

export interface OpenApiOptions extends BodyLimits {
  /** The server's package version. */
  version: string;
}

const DAY_MS = 86_400_000;

function overview(limits: BodyLimits): string {
  return [
    'The sync server of the offline-first home, workplace and school assessment app for',
    `occupational therapists (sync protocol v${PROTOCOL_VERSION}).`,
    '',
    'Sign in (or set up the server) to get a bearer token; send it as',
    `\`Authorization: Bearer <token>\`. Sessions last ${SESSION_LIFETIME_MS / DAY_MS} days.`,
    'Everything a user reads or writes belongs to their organization. Roles: an admin manages',
    'users, settings and checklists; a therapist carries out assessments; a reviewer reads,',
    'comments and signs off. A role that may not do something gets 403 `forbidden`.',
    '',
    'Every error answers `{code, message}` (see `ApiError`). JSON bodies may be up to',
    `${limits.jsonBodyLimitBytes} bytes, except \`POST /api/v1/sync\`, whose limit is stated there.`,
    'Bodies are JSON (`application/json`), photo bytes an image type; any other content-type is',
    'refused with 415 before the body is read.',
    '',
    'Any route that reads or writes the database answers 503 `database_unavailable` (with',
    '`Retry-After`) while the database cannot be reached and 507 `storage_full` while its storage',
    'is full. Both are transient: the same request may be sent again (a repeated push is',
    'recognized by its seqs).',
  ].join('\n');
}

const TAGS = [
  { name: 'server', description: 'Health and this document.' },
  { name: 'accounts', description: 'First-run setup, sign-up, sign-in and sign-out.' },
  { name: 'sync', description: 'The sync protocol: patches up, changes down.' },
  { name: 'photos', description: 'Photo bytes by SHA-256, per organization.' },
  { name: 'users', description: "The organization's users; admins add and change them." },
  { name: 'audit', description: 'Who did what and when; admins read it.' },
];

/** Builds the API's OpenAPI document; it depends only on the registry, constants and options. */
export function buildOpenApiDocument(options: OpenApiOptions): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'HomeAssess sync server API',
      version: options.version,
      description: overview(options),
    },
    tags: TAGS,
    paths: { ...apiPaths(options), ...adminPaths(options), ...sessionPaths() },
    components: {
      schemas: { ApiError: apiErrorSchema(), ...bodySchemas() },
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'The token from setup, sign-up or login.',
        },
      },
    },
  };
}
