// Tells the server's audit log that assessments left the app in a file (only when signed in and online).
import type { SessionManager } from '../sync/session';
import type { ExportFile } from './export-files';

/**
 * Records the export as an `export` audit event, as the device-wide export does. An offline
 * device cannot reach the log; the file is made anyway, since the records are already on it.
 */
export async function recordExport(session: SessionManager, file: ExportFile): Promise<void> {
  const token = await session.token();
  if (token === undefined) return;
  await fetch('/api/v1/audit/export', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ what: file.fileName.slice(0, 200), count: file.assessmentCount }),
  }).catch(() => undefined);
}
