// Tells whether the server can be reached by asking it, since navigator.onLine is often wrong.

/** `degraded`: the server answers but says it cannot serve (its database is down). */
export type Connectivity = 'checking' | 'online' | 'degraded' | 'offline';
/** What one probe found. */
export type Reachability = Exclude<Connectivity, 'checking'>;

export const HEALTH_URL = '/api/v1/health';
const PROBE_TIMEOUT_MS = 5_000;
export const PROBE_INTERVAL_MS = 30_000;

/** True for the server's own answer that it runs without its database: `{status: 'degraded'}`. */
async function isDegradedAnswer(response: Response): Promise<boolean> {
  if (response.status !== 503) return false;
  try {
    const body = (await response.json()) as { status?: unknown };
    return body.status === 'degraded';
  } catch {
    return false;
  }
}

/**
 * Asks the server's health endpoint: a 2xx within the timeout is online, the server's own 503
 * `degraded` answer is degraded, and anything else (no answer, a captive portal, a proxy's
 * error page) is offline.
 */
export async function probeServer(
  fetchFunction: typeof fetch,
  url = HEALTH_URL,
  timeoutMs = PROBE_TIMEOUT_MS,
): Promise<Reachability> {
  try {
    const response = await fetchFunction(url, {
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.ok) return 'online';
    return (await isDegradedAnswer(response)) ? 'degraded' : 'offline';
  } catch {
    return 'offline';
  }
}

export interface ConnectivityMonitorOptions {
  probe: () => Promise<Reachability>;
  onChange: (state: Connectivity) => void;
  intervalMs?: number;
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  setInterval?: (callback: () => void, ms: number) => number;
  clearInterval?: (id: number) => void;
}

/** Probes now, on the browser's online/offline events and on a timer; returns a stop function. */
export function monitorConnectivity(options: ConnectivityMonitorOptions): () => void {
  const events = options.events ?? window;
  const startTimer = options.setInterval ?? ((callback, ms) => window.setInterval(callback, ms));
  const stopTimer = options.clearInterval ?? ((id) => window.clearInterval(id));
  let latestProbe = 0;
  const check = async () => {
    latestProbe += 1;
    const probeNumber = latestProbe;
    const reachability = await options.probe();
    if (probeNumber === latestProbe) options.onChange(reachability);
  };
  const onOffline = () => {
    latestProbe += 1;
    options.onChange('offline');
  };
  const onOnline = () => void check();
  events.addEventListener('online', onOnline);
  events.addEventListener('offline', onOffline);
  const timer = startTimer(() => void check(), options.intervalMs ?? PROBE_INTERVAL_MS);
  void check();
  return () => {
    events.removeEventListener('online', onOnline);
    events.removeEventListener('offline', onOffline);
    stopTimer(timer);
  };
}
