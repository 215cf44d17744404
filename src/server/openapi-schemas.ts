// JSON Schemas of the API's bodies: the sync request and answer, accounts, health and photos.

import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../domain/accounts';
import { PHOTO_MAX_BYTES } from '../domain/entities';
import {
  DEFAULT_PAGE_LIMIT,
  MAX_CLOCK_SKEW_MS,
  MAX_PAGE_LIMIT,
  MAX_PATCHES_PER_REQUEST,
  SERVER_DEVICE_ID,
  type SyncErrorCode,
} from '../sync/protocol';
import type { Role } from './auth/accounts';
import type { Database } from './db/database';
import { adminSchemas } from './openapi-admin-schemas';
import { entitySchemas, type JsonSchema, schemaRef } from './openapi-entity-schemas';
import { BLOB_MIME_TYPES } from './routes/blob-routes';

const HOUR_MS = 3_600_000;

/** Every reason a single patch is rejected, and what it means. */
export const SYNC_REJECTIONS = {
  invalid_patch: 'The patch cannot be read. Devices also file codes they do not know here.',
  unknown_entity: '`entity` names no kind of record.',
  invalid_id: '`id` is not a lower-case UUID.',
  empty_patch: '`set` is missing, not an object, or sets no field.',
  unknown_field: '`set` names a field the entity does not have.',
  read_only_field:
    '`set` writes a field only the server writes (on `conflict`, all but `resolved`).',
  unknown_record: 'The patch edits a `conflict` record the server never made.',
  wrong_type: 'A value has the wrong type or format, or `at` is not a whole number of ms.',
  too_long: 'A text, list, map or JSON value is over its limit.',
  out_of_range:
    'A number is outside its field range, or `at` is before 1970 or past 2^53 - 1 ms (Number.MAX_SAFE_INTEGER).',
  not_an_option: 'A value is not one of the field options.',
  invalid_base: '`base` is not an object of field: whole number >= 0, or names a field not set.',
  clock_ahead: `\`at\` is more than ${MAX_CLOCK_SKEW_MS / HOUR_MS} hours (MAX_CLOCK_SKEW_MS = ${MAX_CLOCK_SKEW_MS}) ahead of the server clock.`,
  gap: '`seq` is past the next one the server expects from this device. Not counted as processed; later patches of the request are not looked at.',
  duplicate_mismatch: '`seq` was already processed with different content; the first one stands.',
  forbidden:
    "The user's role may not make this change: a reviewer writes only comments, their own settings and an assessment's sign-off; only an admin writes checklists and organization settings.",
  not_owner:
    "The record belongs to an assessment the user may not change (another therapist's, not shared), or its pointers name records of different assessments.",
  signed:
    'The assessment is signed off: its records change only while the user has an amendment of it open (and a finished amendment does not change).',
  transition:
    'The status change is not a review step (draft → complete → signed, complete → draft), or writes a completion or signature field outside its step.',
  own_sign_off: 'A therapist signs off an assessment they carried out or completed.',
  not_author:
    "The patch writes in another person's name, or changes a comment or amendment someone else wrote.",
  required: 'A field the record needs is missing (an amendment needs its reason).',
  inconsistent:
    "The record's fields would not hold together (a Short FES-I saved without all its items or with a wrong total, more injurious falls than falls).",
  amendment_full: "The amendment's recorded changes are full; finish it and open another.",
} as const satisfies Record<SyncErrorCode, string>;

const ROLES = {
  admin: 'manages users and settings',
  therapist: 'carries out assessments',
  reviewer: 'reads, comments and signs off',
} as const satisfies Record<Role, string>;

const DATABASE_KINDS = {
  sqlite: 'SQLite files in DATA_DIR',
  postgres: 'PostgreSQL at DATABASE_URL',
} as const satisfies Record<Database['kind'], string>;

const DEVICE_ID_PATTERN = '^[A-Za-z0-9_-]{1,100}$';
const EMAIL_MAX_LENGTH = 254;
const NAME_MAX_LENGTH = 200;
const count = (minimum: number) => ({
  type: 'integer',
  minimum,
  maximum: Number.MAX_SAFE_INTEGER,
});
const markdownList = (meanings: Record<string, string>) =>
  Object.entries(meanings)
    .map(([key, meaning]) => `- \`${key}\`: ${meaning}`)
    .join('\n');

const SyncRequest: JsonSchema = {
  type: 'object',
  required: ['deviceId', 'cursor', 'push'],
  properties: {
    deviceId: {
      type: 'string',
      pattern: DEVICE_ID_PATTERN,
      not: { const: SERVER_DEVICE_ID },
      description: `This installation of the app; \`${SERVER_DEVICE_ID}\` is reserved.`,
    },
    cursor: {
      ...count(0),
      description: 'The highest change seq the device has applied; 0 for a new device.',
    },
    push: {
      type: 'array',
      maxItems: MAX_PATCHES_PER_REQUEST,
      items: schemaRef('Patch'),
      description:
        `Unacknowledged patches in seq order, oldest first, at most ${MAX_PATCHES_PER_REQUEST} ` +
        '(MAX_PATCHES_PER_REQUEST). Only each `seq` must be a whole number >= 1 for the request ' +
        'to be read; anything else wrong in a patch rejects that patch alone.',
    },
    limit: {
      ...count(1),
      maximum: MAX_PAGE_LIMIT,
      default: DEFAULT_PAGE_LIMIT,
      description: `Changes wanted at most (DEFAULT_PAGE_LIMIT ${DEFAULT_PAGE_LIMIT}, MAX_PAGE_LIMIT ${MAX_PAGE_LIMIT}).`,
    },
    snapshot: {
      type: 'boolean',
      description: 'True while paging through a snapshot the previous answer began.',
    },
  },
};

const Rejection: JsonSchema = {
  type: 'object',
  required: ['seq', 'code', 'message'],
  properties: {
    seq: { ...count(1), description: 'The device seq of the rejected patch.' },
    code: {
      type: 'string',
      enum: Object.keys(SYNC_REJECTIONS),
      description: `Why the patch was rejected:\n\n${markdownList(SYNC_REJECTIONS)}`,
    },
    message: { type: 'string', description: 'The same, for a person.' },
  },
};

const SyncResponse: JsonSchema = {
  type: 'object',
  required: ['acked', 'rejected', 'changes', 'cursor', 'more'],
  properties: {
    acked: {
      ...count(0),
      description: 'The highest device seq processed (applied or rejected); 0 if none.',
    },
    rejected: { type: 'array', items: schemaRef('Rejection') },
    changes: { type: 'array', items: schemaRef('Change'), description: 'In seq order.' },
    cursor: { ...count(0), description: 'The cursor to send next time.' },
    more: { type: 'boolean', description: 'More changes wait: ask again with the new cursor.' },
    snapshot: {
      type: 'boolean',
      description: 'The changes are a snapshot page: send `snapshot: true` while `more`.',
    },
  },
};

const text = (maxLength: number, description?: string) => ({
  type: 'string',
  minLength: 1,
  maxLength,
  ...(description ? { description } : {}),
});
const password = (minLength: number) => ({
  type: 'string',
  minLength,
  maxLength: MAX_PASSWORD_LENGTH,
});

const accountSchemas: Record<string, JsonSchema> = {
  NewOrganization: {
    type: 'object',
    required: ['organization', 'name', 'email', 'password'],
    description: 'Texts are trimmed before their lengths are checked.',
    properties: {
      organization: text(NAME_MAX_LENGTH),
      name: text(NAME_MAX_LENGTH, "The first admin's name."),
      email: { ...text(EMAIL_MAX_LENGTH), format: 'email' },
      password: {
        ...password(MIN_PASSWORD_LENGTH),
        description: 'With at least 4 different characters.',
      },
    },
  },
  Credentials: {
    type: 'object',
    required: ['email', 'password'],
    properties: { email: { type: 'string', maxLength: EMAIL_MAX_LENGTH }, password: password(0) },
  },
  User: {
    type: 'object',
    required: ['id', 'organizationId', 'email', 'name', 'role'],
    properties: {
      id: { type: 'string' },
      organizationId: { type: 'string' },
      email: { type: 'string', format: 'email' },
      name: { type: 'string' },
      role: { type: 'string', enum: Object.keys(ROLES), description: markdownList(ROLES) },
    },
  },
  Session: {
    type: 'object',
    required: ['token', 'user'],
    properties: {
      token: { type: 'string', description: 'The bearer token for `Authorization: Bearer …`.' },
      user: schemaRef('User'),
    },
  },
  CurrentUser: { type: 'object', required: ['user'], properties: { user: schemaRef('User') } },
  SetupStatus: {
    type: 'object',
    required: ['needed'],
    properties: { needed: { type: 'boolean', description: 'True until the first setup.' } },
  },
  Health: {
    type: 'object',
    required: ['status', 'db', 'version'],
    properties: {
      status: { const: 'ok' },
      db: {
        type: 'string',
        enum: Object.keys(DATABASE_KINDS),
        description: markdownList(DATABASE_KINDS),
      },
      version: { type: 'string', description: "The server's package version." },
    },
  },
  HealthDegraded: {
    type: 'object',
    required: ['status', 'db', 'version', 'message'],
    properties: {
      status: { const: 'degraded' },
      db: { const: 'down', description: 'The database did not answer the probe.' },
      version: { type: 'string', description: "The server's package version." },
      message: { type: 'string', description: 'The same, for a person.' },
    },
  },
};

/** The stored photo: its address, size and the type its bytes really are. */
const StoredBlob: JsonSchema = {
  type: 'object',
  required: ['sha256', 'byteSize', 'mimeType'],
  properties: {
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    byteSize: { type: 'integer', minimum: 1, maximum: PHOTO_MAX_BYTES },
    mimeType: { type: 'string', enum: BLOB_MIME_TYPES },
  },
};

/** Every body schema except `ApiError`, by component name. */
export function bodySchemas(): Record<string, JsonSchema> {
  return {
    ...accountSchemas,
    SyncRequest,
    SyncResponse,
    Rejection,
    ...entitySchemas(),
    StoredBlob,
    ...adminSchemas(),
  };
}
