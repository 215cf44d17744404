// Tells whether the server can be reached by asking it, since navigator.onLine is often wrong.

export type Connectivity = 'checking' | 'online' | 'offline';

export const HEALTH_URL = '/api/v1/health';
const PROBE_TIMEOUT_MS = 5_000;
export const PROBE_INTERVAL_MS = 30_000;

/** Asks the server's health endpoint; any answer other than a 2xx within the timeout is offline. */
export async function probeServer(
  fetchFunction: typeof fetch,
  url = HEALTH_URL,
  timeoutMs = PROBE_TIMEOUT_MS,
): Promise<boolean> {
  try {
    const response = await fetchFunction(url, {
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
    return response.ok;
  } catch {
    return false;
  }
}

export interface ConnectivityMonitorOptions {
  probe: () => Promise<boolean>;
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
    const isReachable = await options.probe();
    if (probeNumber === latestProbe) options.onChange(isReachable ? 'online' : 'offline');
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
