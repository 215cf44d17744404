// A ServerTransport over the in-memory server, with switches to drop requests or answers.
import type { ServerTransport } from '../../../src/app/sync/transport';
import { TransportError } from '../../../src/app/sync/transport';
import type { SyncAuth } from '../../../src/sync/protocol';
import { CursorAhead, type MemorySyncServer } from './memory-sync-server';

export interface MemoryTransport extends ServerTransport {
  /** No request reaches the server. */
  isOffline: boolean;
  /** The server handles the next request but its answer is lost. */
  dropNextResponse: boolean;
  /** Runs before each sync request is handled, to interleave local edits. */
  beforeSync?: () => Promise<void>;
}

/** Photo bytes the fake server holds, shared by every transport of one test. */
export type BlobShelf = Map<string, { mimeType: string; bytes: ArrayBuffer }>;

export function createMemoryTransport(
  server: MemorySyncServer,
  auth: SyncAuth,
  blobs: BlobShelf,
): MemoryTransport {
  const offline = () => new TransportError('offline', 'The server cannot be reached.');
  const transport: MemoryTransport = {
    isOffline: false,
    dropNextResponse: false,
    async sync(request) {
      if (transport.isOffline) throw offline();
      await transport.beforeSync?.();
      const response = await server.sync(auth, request).catch((error: unknown) => {
        if (error instanceof CursorAhead)
          throw new TransportError('refused', error.message, 409, 'cursor_ahead');
        throw error;
      });
      if (transport.dropNextResponse) {
        transport.dropNextResponse = false;
        throw offline();
      }
      return response;
    },
    async putBlob(sha256, mimeType, bytes, onProgress) {
      if (transport.isOffline) throw offline();
      blobs.set(sha256, { mimeType, bytes: bytes.slice(0) });
      onProgress(bytes.byteLength);
    },
    async getBlob(sha256) {
      if (transport.isOffline) throw offline();
      return blobs.get(sha256);
    },
  };
  return transport;
}
