// Tells the server's audit log that assessments left the app in a file (only when signed in and online).
import type { SessionManager } from '../sync/session';

/**
 * Records an `export` audit event: what left the app and how many records. An offline device
 * cannot reach the log; the file is made anyway, since the records are already on it.
 */
export async function recordExport(
  session: SessionManager,
  what: string,
  count: number,
): Promise<void> {
  const token = await session.token();
  if (token === undefined) return;
  await fetch('/api/v1/audit/export', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ what: what.slice(0, 200), count }),
  }).catch(() => undefined);
}
