// JSON Schemas of the admin API's bodies: users, their changes, and audit events.

import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, ROLES } from '../domain/accounts';
import { AUDIT_ACTIONS } from './audit/audit-log';
import { type JsonSchema, schemaRef } from './openapi-entity-schemas';

const NAME_MAX_LENGTH = 200;
const EMAIL_MAX_LENGTH = 254;
const name = { type: 'string', minLength: 1, maxLength: NAME_MAX_LENGTH };
const role = { type: 'string', enum: ROLES };
const password = {
  type: 'string',
  minLength: MIN_PASSWORD_LENGTH,
  maxLength: MAX_PASSWORD_LENGTH,
  description: 'With at least 4 different characters.',
};

const UserAccount: JsonSchema = {
  type: 'object',
  required: ['id', 'organizationId', 'email', 'name', 'role', 'disabled', 'createdAt'],
  properties: {
    id: { type: 'string' },
    organizationId: { type: 'string' },
    email: { type: 'string', format: 'email' },
    name: { type: 'string' },
    role,
    disabled: { type: 'boolean', description: 'A disabled user cannot sign in or sync.' },
    createdAt: { type: 'integer', description: 'ms since 1970' },
  },
};

const AuditEvent: JsonSchema = {
  type: 'object',
  required: ['id', 'at', 'userId', 'action', 'target', 'ip', 'details'],
  properties: {
    id: { type: 'string', description: 'A UUID v7; ids sort by time.' },
    at: { type: 'integer', description: 'ms since 1970' },
    userId: { type: ['string', 'null'], description: 'Who; null for an unknown account.' },
    action: { type: 'string', enum: AUDIT_ACTIONS },
    target: { type: ['string', 'null'], description: 'What, as `entity/id` or a name.' },
    ip: { type: ['string', 'null'] },
    details: { type: 'object', description: 'Facts of the action; never a password.' },
  },
};

/** The admin API's body schemas, by component name. */
export function adminSchemas(): Record<string, JsonSchema> {
  return {
    UserAccount,
    UserAnswer: {
      type: 'object',
      required: ['user'],
      properties: { user: schemaRef('UserAccount') },
    },
    UserList: {
      type: 'object',
      required: ['users'],
      properties: { users: { type: 'array', items: schemaRef('UserAccount') } },
    },
    NewUser: {
      type: 'object',
      required: ['name', 'email', 'role', 'password'],
      properties: {
        name,
        email: { type: 'string', minLength: 1, maxLength: EMAIL_MAX_LENGTH, format: 'email' },
        role,
        password,
      },
    },
    UserChange: {
      type: 'object',
      minProperties: 1,
      additionalProperties: false,
      properties: { role, disabled: { type: 'boolean' }, name },
    },
    NewPassword: { type: 'object', required: ['password'], properties: { password } },
    AuditEvent,
    AuditPage: {
      type: 'object',
      required: ['events', 'more'],
      properties: {
        events: { type: 'array', items: schemaRef('AuditEvent') },
        more: { type: 'boolean', description: 'Older events wait: ask with `before`.' },
        before: { type: 'string', description: 'The `before` for the next (older) page.' },
      },
    },
    ExportRecord: {
      type: 'object',
      required: ['what', 'count'],
      properties: {
        what: { ...name, description: 'What was exported, e.g. "assessment report PDF".' },
        count: { type: 'integer', minimum: 0, description: 'How many records it held.' },
      },
    },
  };
}
