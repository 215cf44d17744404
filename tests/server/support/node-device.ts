// A device in Node: the app's real sync engine and HTTP transport on an in-memory store.
import { randomUUID } from 'node:crypto';
import { createMemoryStore } from '../../../src/app/store/memory-store';
import { createSyncEngine } from '../../../src/app/sync/sync-engine';
import { createHttpTransport } from '../../../src/app/sync/transport';

/**
 * A device signed in with `token` against the server at `baseUrl`; `fetchFunction` may send each
 * request elsewhere (to the processes behind a load balancer, say).
 */
export function nodeDevice(baseUrl: string, token: string, fetchFunction?: typeof fetch) {
  const store = createMemoryStore();
  const transport = createHttpTransport({
    baseUrl,
    getToken: async () => token,
    ...(fetchFunction === undefined ? {} : { fetchFunction }),
  });
  const engine = createSyncEngine({
    store,
    transport,
    now: Date.now,
    newDeviceId: () => randomUUID(),
    newEditKey: () => crypto.randomUUID(),
  });
  return { store, transport, engine };
}
