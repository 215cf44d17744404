// Talking to the server over HTTP: the sync request and photo bytes, with errors sorted by cause.
import type { SyncRequest, SyncResponse } from '../../sync/protocol';

/**
 * Why a request to the server failed, sorted by what the person should do about it: nothing
 * but wait for `offline` and `unavailable` (the server answers but its database is down or its
 * storage full; the edits stay on the device and the next sync sends them), sign in again, or
 * read the server's reason.
 */
export type TransportFailure = 'offline' | 'signed-out' | 'unavailable' | 'server' | 'refused';

export class TransportError extends Error {
  override name = 'TransportError';
  constructor(
    readonly failure: TransportFailure,
    message: string,
    readonly status?: number,
    /** The server's error code, when it sent one. */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Statuses that say the server is there but cannot serve now, as the person is told. */
const UNAVAILABLE_STATUSES: Record<number, string> = {
  502: 'Server unavailable',
  503: 'Server unavailable',
  504: 'Server unavailable',
  507: 'Server storage full',
};

export interface ServerTransport {
  sync(request: SyncRequest): Promise<SyncResponse>;
  putBlob(
    sha256: string,
    mimeType: string,
    bytes: ArrayBuffer,
    onProgress: (sentBytes: number) => void,
  ): Promise<void>;
  /** The bytes, or undefined when the server does not have them yet. */
  getBlob(sha256: string): Promise<{ mimeType: string; bytes: ArrayBuffer } | undefined>;
}

export interface HttpTransportOptions {
  baseUrl?: string;
  getToken: () => Promise<string | undefined>;
  fetchFunction?: typeof fetch;
}

const REQUEST_TIMEOUT_MS = 60_000;

async function errorFromResponse(response: Response): Promise<TransportError> {
  const { status } = response;
  let message = `The server answered ${status}.`;
  let code: string | undefined;
  try {
    const body = (await response.json()) as { message?: unknown; code?: unknown };
    if (typeof body.message === 'string') message = body.message;
    if (typeof body.code === 'string') code = body.code;
  } catch {
    // Not JSON (a proxy's page, say): keep the status line.
  }
  const unavailable = UNAVAILABLE_STATUSES[status];
  if (unavailable !== undefined)
    return new TransportError('unavailable', unavailable, status, code);
  if (status === 401) return new TransportError('signed-out', message, 401, code);
  if (status >= 500) return new TransportError('server', message, status, code);
  return new TransportError('refused', message, status, code);
}

/** The transport over fetch (and XMLHttpRequest for upload progress), with a bearer token. */
export function createHttpTransport(options: HttpTransportOptions): ServerTransport {
  const baseUrl = options.baseUrl ?? '';
  const fetchFunction = options.fetchFunction ?? ((input, init) => fetch(input, init));
  const authorized = async (): Promise<Record<string, string>> => {
    const token = await options.getToken();
    if (token === undefined) throw new TransportError('signed-out', 'Sign in to sync.');
    return { authorization: `Bearer ${token}` };
  };
  const send = async (path: string, init: RequestInit): Promise<Response> => {
    try {
      return await fetchFunction(`${baseUrl}${path}`, {
        ...init,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        cache: 'no-store',
      });
    } catch {
      throw new TransportError('offline', 'The server cannot be reached.');
    }
  };
  return {
    async sync(request) {
      const headers = { ...(await authorized()), 'content-type': 'application/json' };
      const response = await send('/api/v1/sync', {
        method: 'POST',
        headers,
        body: JSON.stringify(request),
      });
      if (!response.ok) throw await errorFromResponse(response);
      // The reader is loaded on the first answer, not with the app.
      const { parseSyncResponse } = await import('../../sync/protocol-schemas');
      const parsed = parseSyncResponse(await response.json());
      if (!parsed.ok)
        throw new TransportError(
          'server',
          `The server's answer was not understood: ${parsed.message}`,
        );
      return parsed.value;
    },
    async putBlob(sha256, mimeType, bytes, onProgress) {
      const headers = { ...(await authorized()), 'content-type': mimeType };
      const path = `/api/v1/blobs/${sha256}`;
      if (typeof XMLHttpRequest !== 'undefined') {
        return uploadWithProgress(`${baseUrl}${path}`, headers, bytes, onProgress);
      }
      // Without XMLHttpRequest (a worker, or Node), fetch uploads and reports progress at the end.
      const response = await send(path, { method: 'PUT', headers, body: bytes });
      if (!response.ok) throw await errorFromResponse(response);
      onProgress(bytes.byteLength);
    },
    async getBlob(sha256) {
      const response = await send(`/api/v1/blobs/${sha256}`, { headers: await authorized() });
      if (response.status === 404) return undefined;
      if (!response.ok) throw await errorFromResponse(response);
      return {
        mimeType: response.headers.get('content-type') ?? 'application/octet-stream',
        bytes: await response.arrayBuffer(),
      };
    },
  };
}

function uploadWithProgress(
  url: string,
  headers: Record<string, string>,
  bytes: ArrayBuffer,
  onProgress: (sentBytes: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', url);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.timeout = REQUEST_TIMEOUT_MS * 5;
    request.upload.onprogress = (event) => onProgress(event.loaded);
    request.onerror = () => reject(new TransportError('offline', 'The server cannot be reached.'));
    request.ontimeout = request.onerror;
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) return resolve();
      void errorFromResponse(new Response(request.responseText, { status: request.status })).then(
        reject,
      );
    };
    request.send(bytes);
  });
}
