// The admin calls to the server (users and the audit log), with the session's bearer token.

import type { Role } from '../../../domain/accounts';

export { AUDIT_ACTIONS, ROLES, type Role } from '../../../domain/accounts';

/** A user of the organization as the admin API shows it. */
export interface AdminUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
}

/** One audit event, newest first in a page. */
export interface AuditEvent {
  id: string;
  at: number;
  userId: string | null;
  action: string;
  target: string | null;
  ip: string | null;
}

/** A page of audit events; `before` names where the next, older page starts. */
export interface AuditPage {
  events: AuditEvent[];
  more: boolean;
  before?: string;
}

/** Filters of the audit log; times are in milliseconds since the epoch. */
export interface AuditFilter {
  action?: string;
  userId?: string;
  from?: number;
  to?: number;
  before?: string;
}

/** The server could not be reached at all. */
export class ConnectionError extends Error {
  override name = 'ConnectionError';
}

/** The server refused; the message is the server's own. */
export class AdminApiError extends Error {
  override name = 'AdminApiError';
}

async function request(
  fetchFunction: typeof fetch,
  token: string,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<unknown> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetchFunction(path, {
      method: init.method ?? 'GET',
      headers,
      cache: 'no-store',
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  } catch {
    throw new ConnectionError('Managing users needs a connection.');
  }
  if (response.status === 204) return undefined;
  const answer = (await response.json().catch(() => ({}))) as { message?: unknown };
  if (!response.ok) {
    const message = typeof answer.message === 'string' ? answer.message : undefined;
    throw new AdminApiError(message ?? `The server answered ${response.status}.`);
  }
  return answer;
}

function auditQuery(filter: AuditFilter): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    if (value !== undefined && value !== '') query.set(name, String(value));
  }
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/** The admin API for one signed-in admin; `fetchFunction` is passed in so tests can stand in. */
export function createAdminApi(token: string, fetchFunction: typeof fetch) {
  const call = (path: string, init?: { method?: string; body?: unknown }) =>
    request(fetchFunction, token, path, init);
  return {
    listUsers: async () => ((await call('/api/v1/users')) as { users: AdminUser[] }).users,
    addUser: async (user: Omit<AdminUser, 'id' | 'disabled'> & { password: string }) =>
      ((await call('/api/v1/users', { method: 'POST', body: user })) as { user: AdminUser }).user,
    changeUser: async (id: string, change: { role?: Role; disabled?: boolean }) =>
      (
        (await call(`/api/v1/users/${encodeURIComponent(id)}`, {
          method: 'PATCH',
          body: change,
        })) as { user: AdminUser }
      ).user,
    resetPassword: async (id: string, password: string): Promise<void> => {
      await call(`/api/v1/users/${encodeURIComponent(id)}/password`, {
        method: 'POST',
        body: { password },
      });
    },
    listAudit: async (filter: AuditFilter) =>
      (await call(`/api/v1/audit${auditQuery(filter)}`)) as AuditPage,
  };
}

export type AdminApi = ReturnType<typeof createAdminApi>;

/** The error's words, for a role=alert message. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
