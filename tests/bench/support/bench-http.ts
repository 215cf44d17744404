// Sends one benchmark request with fetch and times it; the same request can go to any server.

export interface BenchRequest {
  method: 'POST' | 'PUT';
  path: string;
  contentType: string;
  body: string | Uint8Array<ArrayBuffer>;
}

export interface TimedResponse {
  status: number;
  text: string;
  durationMs: number;
}

/** A request that has not answered by then counts as failed rather than hanging the bench. */
const REQUEST_TIMEOUT_MS = 30_000;

/** Sends `request` with a bearer token and reads the whole answer. */
export async function sendTimed(
  baseUrl: string,
  token: string,
  request: BenchRequest,
): Promise<TimedResponse> {
  const startedMs = performance.now();
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers: { 'content-type': request.contentType, authorization: `Bearer ${token}` },
    body: request.body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  return { status: response.status, text, durationMs: performance.now() - startedMs };
}

/** A sync request carrying `body`, the JSON text from `syncRequestBody`. */
export function syncRequest(body: string): BenchRequest {
  return { method: 'POST', path: '/api/v1/sync', contentType: 'application/json', body };
}
