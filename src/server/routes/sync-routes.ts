// POST /api/v1/sync: the sync protocol over HTTP, for a signed-in user of one organization; every
// role may pull, and the sync service checks each pushed patch against the role.
import type { FastifyInstance } from 'fastify';
import { SYNC_BODY_LIMIT_BYTES } from '../../sync/protocol';
import { parseSyncRequest } from '../../sync/protocol-schemas';
import type { Accounts } from '../auth/accounts';
import { HttpError } from '../http-error';
import { isNestedDeeperThan, MAX_JSON_DEPTH } from '../json-depth';
import { CursorAheadError } from '../sync/sync-repository';
import type { SyncService } from '../sync/sync-service';
import { requireUser } from './accounts-routes';

export function registerSyncRoutes(
  server: FastifyInstance,
  accounts: Accounts,
  syncService: SyncService,
): void {
  server.post('/api/v1/sync', { bodyLimit: SYNC_BODY_LIMIT_BYTES }, async (request) => {
    const user = await requireUser(accounts, request);
    if (isNestedDeeperThan(request.body, MAX_JSON_DEPTH)) {
      const message = `The request nests values more than ${MAX_JSON_DEPTH} levels deep.`;
      throw new HttpError(400, 'invalid_request', message);
    }
    const parsed = parseSyncRequest(request.body);
    if (!parsed.ok) throw new HttpError(400, 'invalid_request', parsed.message);
    const caller = {
      organizationId: user.organizationId,
      userId: user.id,
      name: user.name,
      role: user.role,
      ip: request.ip,
    };
    try {
      return await syncService.sync(caller, parsed.value);
    } catch (error) {
      if (error instanceof CursorAheadError)
        throw new HttpError(409, 'cursor_ahead', error.message);
      throw error;
    }
  });
}
