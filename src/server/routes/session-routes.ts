// Token rotation: a device exchanges its live token for a new one, and the old one stops at once.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { AuditLog } from '../audit/audit-log';
import { type Accounts, createSessionRotation } from '../auth/accounts';
import type { Schema } from '../db/schema';
import { HttpError } from '../http-error';
import { bearerToken, requireUser } from './accounts-routes';

/** The services the session routes use. */
export interface SessionServices {
  accounts: Accounts;
  auditLog: AuditLog;
  db: Kysely<Schema>;
}

/** Registers POST /api/v1/auth/rotate. */
export function registerSessionRoutes(server: FastifyInstance, services: SessionServices): void {
  const { accounts, auditLog } = services;
  const rotation = createSessionRotation(services.db);
  server.post('/api/v1/auth/rotate', async (request) => {
    const user = await requireUser(accounts, request);
    const token = await rotation.rotate(bearerToken(request) ?? '');
    // Another rotation of the same token won the race: only one successor may live.
    if (token === undefined)
      throw new HttpError(
        401,
        'unauthenticated',
        'Sign in again: the session is missing, expired or ended.',
      );
    await auditLog.record({
      organizationId: user.organizationId,
      userId: user.id,
      action: 'session_rotated',
      ip: request.ip,
    });
    return { token, user };
  });
}
