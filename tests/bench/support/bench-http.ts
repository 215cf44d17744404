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
  /** What the server says it spent (its Server-Timing `app` entry), if it says. */
  serverMs?: number;
}

/** The `app;dur=` entry of a Server-Timing header, in ms. */
function serverDurationMs(header: string | null): number | undefined {
  const match = header?.match(/(?:^|,)\s*app;dur=([\d.]+)/);
  return match?.[1] === undefined ? undefined : Number(match[1]);
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
  const durationMs = performance.now() - startedMs;
  const serverMs = serverDurationMs(response.headers.get('server-timing'));
  return {
    status: response.status,
    text,
    durationMs,
    ...(serverMs === undefined ? {} : { serverMs }),
  };
}

/** A sync request carrying `body`, the JSON text from `syncRequestBody`. */
export function syncRequest(body: string): BenchRequest {
  return { method: 'POST', path: '/api/v1/sync', contentType: 'application/json', body };
}
