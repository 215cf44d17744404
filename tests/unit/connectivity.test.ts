// Connectivity comes from asking the server, not from navigator.onLine.
import { describe, expect, it, vi } from 'vitest';
import {
  type Connectivity,
  monitorConnectivity,
  probeServer,
  type Reachability,
} from '../../src/app/sync/connectivity';

function fakeEvents() {
  const listeners = new Map<string, () => void>();
  return {
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
    fire: (type: string) => listeners.get(type)?.(),
    listeners,
  };
}

function startMonitor(probe: () => Promise<Reachability>) {
  const events = fakeEvents();
  const states: Connectivity[] = [];
  let tick: () => void = () => undefined;
  const stop = monitorConnectivity({
    probe,
    onChange: (state) => states.push(state),
    events: events as unknown as Window,
    setInterval: (callback) => {
      tick = callback;
      return 1;
    },
    clearInterval: () => undefined,
  });
  return { events, states, stop, tick: () => tick() };
}

describe('probeServer', () => {
  it('is online when the health endpoint answers 200', async () => {
    const fetchHealth = vi.fn(async () => new Response('{}', { status: 200 }));
    expect(await probeServer(fetchHealth as unknown as typeof fetch)).toBe('online');
  });

  it('is offline when the request fails, as it does with no network', async () => {
    const failing = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await probeServer(failing as unknown as typeof fetch)).toBe('offline');
  });

  it('is offline when a captive portal or proxy answers with an error', async () => {
    const portal = vi.fn(async () => new Response('login', { status: 502 }));
    expect(await probeServer(portal as unknown as typeof fetch)).toBe('offline');
    const busyProxy = vi.fn(async () => new Response('<h1>503</h1>', { status: 503 }));
    expect(await probeServer(busyProxy as unknown as typeof fetch)).toBe('offline');
  });

  it('is degraded when the server answers that its database is down', async () => {
    const body = JSON.stringify({ status: 'degraded', db: 'down', version: '1.0.0' });
    const degraded = vi.fn(async () => new Response(body, { status: 503 }));
    expect(await probeServer(degraded as unknown as typeof fetch)).toBe('degraded');
  });
});

describe('monitorConnectivity', () => {
  it('reports online after a successful first probe', async () => {
    const monitor = startMonitor(async () => 'online');
    await vi.waitFor(() => expect(monitor.states).toEqual(['online']));
    monitor.stop();
  });

  it('reports offline at once on the browser offline event', async () => {
    const monitor = startMonitor(async () => 'online');
    await vi.waitFor(() => expect(monitor.states).toEqual(['online']));
    monitor.events.fire('offline');
    expect(monitor.states.at(-1)).toBe('offline');
    monitor.stop();
  });

  it('does not trust the online event until the server answers', async () => {
    let reachability: Reachability = 'offline';
    const monitor = startMonitor(async () => reachability);
    await vi.waitFor(() => expect(monitor.states).toEqual(['offline']));
    monitor.events.fire('online');
    await vi.waitFor(() => expect(monitor.states).toEqual(['offline', 'offline']));
    reachability = 'online';
    monitor.tick();
    await vi.waitFor(() => expect(monitor.states.at(-1)).toBe('online'));
    monitor.stop();
  });

  it('reports a server that answers without its database as degraded, then online again', async () => {
    let reachability: Reachability = 'degraded';
    const monitor = startMonitor(async () => reachability);
    await vi.waitFor(() => expect(monitor.states).toEqual(['degraded']));
    reachability = 'online';
    monitor.tick();
    await vi.waitFor(() => expect(monitor.states).toEqual(['degraded', 'online']));
    monitor.stop();
  });

  it('stops listening when stopped', () => {
    const monitor = startMonitor(async () => 'online');
    monitor.stop();
    expect(monitor.events.listeners.size).toBe(0);
  });
});
