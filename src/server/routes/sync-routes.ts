// POST /api/v1/sync: the sync protocol over HTTP, for a signed-in user of one organization.
import type { FastifyInstance } from 'fastify';
import { parseSyncRequest } from '../../sync/protocol';
import type { Accounts } from '../auth/accounts';
import { HttpError } from '../http-error';
import type { SyncService } from '../sync/sync-service';
import { requireUser } from './accounts-routes';

/** A push of 100 patches may carry an imported checklist of up to 1 MB and long notes. */
export const SYNC_BODY_LIMIT_BYTES = 8 * 1024 * 1024;

export function registerSyncRoutes(
  server: FastifyInstance,
  accounts: Accounts,
  syncService: SyncService,
): void {
  server.post('/api/v1/sync', { bodyLimit: SYNC_BODY_LIMIT_BYTES }, async (request) => {
    const user = await requireUser(accounts, request);
    const parsed = parseSyncRequest(request.body);
    if (!parsed.ok) throw new HttpError(400, 'invalid_request', parsed.message);
    return syncService.sync({ organizationId: user.organizationId, userId: user.id }, parsed.value);
  });
}
