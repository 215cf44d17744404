// The audit log over HTTP: admins read it, newest first; any user files an export they made.
import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { AUDIT_ACTIONS, type AuditLog } from '../audit/audit-log';
import type { Accounts } from '../auth/accounts';
import { requireRole } from '../auth/roles';
import { HttpError, parseBody } from '../http-error';
import { requireUser, text, withoutNul } from './accounts-routes';

/** Events per page when the query names no limit, and at most. */
export const DEFAULT_AUDIT_LIMIT = 100;
export const MAX_AUDIT_LIMIT = 500;

const ExportBody = v.object({
  what: text('what', 200),
  count: v.pipe(
    v.number('count must be a number.'),
    v.integer('count must be a whole number.'),
    v.minValue(0, 'count must be 0 or more.'),
    v.maxValue(Number.MAX_SAFE_INTEGER),
  ),
});

const wholeNumber = (name: string, minimum: number, maximum = Number.MAX_SAFE_INTEGER) =>
  v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,16}$/, `${name} must be a whole number.`),
      v.transform(Number),
      v.minValue(minimum, `${name} must be at least ${minimum}.`),
      v.maxValue(maximum, `${name} must be at most ${maximum}.`),
    ),
  );

const AuditQuery = v.object({
  action: v.optional(
    v.picklist(AUDIT_ACTIONS, `action must be one of ${AUDIT_ACTIONS.join(', ')}.`),
  ),
  userId: v.optional(v.pipe(v.string(), withoutNul('userId'), v.maxLength(100))),
  from: wholeNumber('from', 0),
  to: wholeNumber('to', 0),
  limit: wholeNumber('limit', 1, MAX_AUDIT_LIMIT),
  before: v.optional(v.pipe(v.string(), withoutNul('before'), v.maxLength(100))),
});

function parseQuery(query: unknown) {
  const result = v.safeParse(AuditQuery, query);
  if (!result.success) {
    const message = result.issues.map((issue) => issue.message).join('; ');
    throw new HttpError(400, 'invalid_query', message);
  }
  return result.output;
}

/** Registers GET /api/v1/audit and POST /api/v1/audit/export. */
export function registerAuditRoutes(
  server: FastifyInstance,
  accounts: Accounts,
  auditLog: AuditLog,
): void {
  server.get('/api/v1/audit', async (request) => {
    const user = await requireUser(accounts, request);
    requireRole(user, ['admin'], 'read the audit log');
    const { limit = DEFAULT_AUDIT_LIMIT, ...filters } = parseQuery(request.query);
    const found = await auditLog.list(user.organizationId, { ...filters, limit });
    const events = found.slice(0, limit);
    const more = found.length > limit;
    return { events, more, ...(more ? { before: events.at(-1)?.id } : {}) };
  });

  server.post('/api/v1/audit/export', async (request, reply) => {
    const user = await requireUser(accounts, request);
    const { what, count } = parseBody(ExportBody, request.body);
    await auditLog.record({
      organizationId: user.organizationId,
      userId: user.id,
      action: 'export',
      target: what,
      ip: request.ip,
      details: { count },
    });
    return reply.code(204).send();
  });
}
