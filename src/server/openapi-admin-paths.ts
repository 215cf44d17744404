// The operations of the admin API in the document: users, password resets and the audit log.
import { AUDIT_ACTIONS } from './audit/audit-log';
import { ATTEMPT_WINDOW_MS } from './auth/login-limiter';
import {
  ACCOUNT_ERRORS,
  type BodyLimits,
  jsonAnswer,
  jsonBody,
  mebibytes,
  type OpenApiObject,
  operation,
} from './openapi-paths';
import { DEFAULT_AUDIT_LIMIT, MAX_AUDIT_LIMIT } from './routes/audit-routes';

const USER_ID_PARAMETER = {
  name: 'id',
  in: 'path',
  required: true,
  description: "The user's id.",
  schema: { type: 'string' },
};

function userPaths(body: (name: string) => OpenApiObject): Record<string, OpenApiObject> {
  const userAnswer = jsonAnswer('The user as stored now.', 'UserAnswer');
  return {
    '/api/v1/users': {
      get: operation({
        operationId: 'listUsers',
        summary: "The organization's users",
        description: 'Any signed-in user, so names of authors and signers can be shown.',
        tag: 'users',
        security: 'bearer',
        responses: { 200: jsonAnswer('Every user, by name.', 'UserList') },
        errors: ['unauthenticated'],
      }),
      post: operation({
        operationId: 'createUser',
        summary: 'Add a user to the organization (admins)',
        tag: 'users',
        security: 'bearer',
        requestBody: body('NewUser'),
        responses: { 201: jsonAnswer('Added.', 'UserAnswer') },
        errors: [...ACCOUNT_ERRORS, 'weak_password', 'unauthenticated', 'forbidden', 'email_taken'],
      }),
    },
    '/api/v1/users/{id}': {
      parameters: [USER_ID_PARAMETER],
      patch: operation({
        operationId: 'changeUser',
        summary: "Change a user's role or name, or disable them (admins)",
        description:
          "Disabling ends the user's sessions at once. No change may leave the organization without an active admin (`last_admin`).",
        tag: 'users',
        security: 'bearer',
        requestBody: body('UserChange'),
        responses: { 200: userAnswer },
        errors: [...ACCOUNT_ERRORS, 'unauthenticated', 'forbidden', 'user_not_found', 'last_admin'],
      }),
    },
    '/api/v1/users/{id}/password': {
      parameters: [USER_ID_PARAMETER],
      post: operation({
        operationId: 'resetUserPassword',
        summary: "Set a user's password (admins); ends their sessions",
        tag: 'users',
        security: 'bearer',
        requestBody: body('NewPassword'),
        responses: { 204: { description: 'Changed; the user signs in again.' } },
        errors: [
          ...ACCOUNT_ERRORS,
          'weak_password',
          'unauthenticated',
          'forbidden',
          'user_not_found',
        ],
      }),
    },
  };
}

const queryParameter = (name: string, description: string, schema: OpenApiObject) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

const AUDIT_PARAMETERS = [
  queryParameter('action', 'Only events of this action.', { type: 'string', enum: AUDIT_ACTIONS }),
  queryParameter('userId', 'Only events by this user.', { type: 'string' }),
  queryParameter('from', 'Only events at or after this time (ms since 1970).', { type: 'integer' }),
  queryParameter('to', 'Only events before this time (ms since 1970).', { type: 'integer' }),
  queryParameter('limit', `Events per page (default ${DEFAULT_AUDIT_LIMIT}).`, {
    type: 'integer',
    minimum: 1,
    maximum: MAX_AUDIT_LIMIT,
  }),
  queryParameter('before', 'The `before` of the previous page, for the next one.', {
    type: 'string',
  }),
];

function auditPaths(body: (name: string) => OpenApiObject): Record<string, OpenApiObject> {
  return {
    '/api/v1/audit': {
      get: operation({
        operationId: 'listAuditEvents',
        summary: "The organization's audit log, newest first (admins)",
        description: `Sign-ins and failed ones (with the email tried), sign-outs, setup and sign-up, user changes, sign-offs and exports. Failed logins are limited per email and address over ${ATTEMPT_WINDOW_MS / 60_000} minutes.`,
        tag: 'audit',
        security: 'bearer',
        parameters: AUDIT_PARAMETERS,
        responses: { 200: jsonAnswer('One page of events.', 'AuditPage') },
        errors: ['unauthenticated', 'forbidden', 'invalid_query'],
      }),
    },
    '/api/v1/audit/export': {
      post: operation({
        operationId: 'recordExport',
        summary: 'Record an export made on the device',
        tag: 'audit',
        security: 'bearer',
        requestBody: body('ExportRecord'),
        responses: { 204: { description: 'Recorded.' } },
        errors: [...ACCOUNT_ERRORS, 'unauthenticated'],
      }),
    },
  };
}

/** The admin API's paths. */
export function adminPaths({ jsonBodyLimitBytes }: BodyLimits): Record<string, OpenApiObject> {
  const body = (name: string) => jsonBody(name, `At most ${mebibytes(jsonBodyLimitBytes)}.`);
  return { ...userPaths(body), ...auditPaths(body) };
}
