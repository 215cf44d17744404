// The audit log: who signed in, changed users, signed off or exported, when and from where.
import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { AuditAction } from '../../domain/accounts';
import { makeUuidV7 } from '../../domain/ids';
import type { Schema } from '../db/schema';

export { AUDIT_ACTIONS, type AuditAction } from '../../domain/accounts';

/** Where failed logins of an email no organization has are filed; no one can list them. */
export const NO_ORGANIZATION = '';

export interface AuditEntry {
  organizationId: string;
  userId: string | null;
  action: AuditAction;
  target?: string;
  ip?: string;
  details?: Record<string, unknown>;
}

/** An event as the API answers it. */
export interface AuditEvent {
  id: string;
  at: number;
  userId: string | null;
  action: string;
  target: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

export interface AuditQuery {
  action?: string;
  userId?: string;
  from?: number;
  to?: number;
  before?: string;
  limit: number;
}

type Executor = Kysely<Schema> | Transaction<Schema>;

/** The audit log over the database; `now` is injected so tests control the time. */
export function createAuditLog(db: Kysely<Schema>, now: () => number = Date.now) {
  /** Writes one event, in the caller's transaction when one is given. */
  async function record(entry: AuditEntry, executor: Executor = db): Promise<void> {
    const at = now();
    await executor
      .insertInto('audit_events')
      .values({
        organization_id: entry.organizationId,
        id: makeUuidV7(() => at, randomBytes),
        at,
        user_id: entry.userId,
        action: entry.action,
        target: entry.target ?? null,
        ip: entry.ip ?? null,
        details_json: JSON.stringify(entry.details ?? {}),
      })
      .execute();
  }

  /** The organization's events matching the query, newest first, one more than `limit`. */
  async function list(organizationId: string, query: AuditQuery): Promise<AuditEvent[]> {
    let select = db
      .selectFrom('audit_events')
      .selectAll()
      .where('organization_id', '=', organizationId);
    if (query.action !== undefined) select = select.where('action', '=', query.action);
    if (query.userId !== undefined) select = select.where('user_id', '=', query.userId);
    if (query.from !== undefined) select = select.where('at', '>=', query.from);
    if (query.to !== undefined) select = select.where('at', '<', query.to);
    if (query.before !== undefined) select = select.where('id', '<', query.before);
    const rows = await select
      .orderBy('id', 'desc')
      .limit(query.limit + 1)
      .execute();
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      userId: row.user_id,
      action: row.action,
      target: row.target,
      ip: row.ip,
      details: JSON.parse(row.details_json) as Record<string, unknown>,
    }));
  }

  return { record, list };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
