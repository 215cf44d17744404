// Connectivity comes from asking the server, not from navigator.onLine.
import { describe, expect, it, vi } from 'vitest';
import {
  type Connectivity,
  monitorConnectivity,
  probeServer,
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

function startMonitor(probe: () => Promise<boolean>) {
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
    expect(await probeServer(fetchHealth as unknown as typeof fetch)).toBe(true);
  });

  it('is offline when the request fails, as it does with no network', async () => {
    const failing = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await probeServer(failing as unknown as typeof fetch)).toBe(false);
  });

  it('is offline when a captive portal or proxy answers with an error', async () => {
    const portal = vi.fn(async () => new Response('login', { status: 502 }));
    expect(await probeServer(portal as unknown as typeof fetch)).toBe(false);
  });
});

describe('monitorConnectivity', () => {
  it('reports online after a successful first probe', async () => {
    const monitor = startMonitor(async () => true);
    await vi.waitFor(() => expect(monitor.states).toEqual(['online']));
    monitor.stop();
  });

  it('reports offline at once on the browser offline event', async () => {
    const monitor = startMonitor(async () => true);
    await vi.waitFor(() => expect(monitor.states).toEqual(['online']));
    monitor.events.fire('offline');
    expect(monitor.states.at(-1)).toBe('offline');
    monitor.stop();
  });

  it('does not trust the online event until the server answers', async () => {
    let isReachable = false;
    const monitor = startMonitor(async () => isReachable);
    await vi.waitFor(() => expect(monitor.states).toEqual(['offline']));
    monitor.events.fire('online');
    await vi.waitFor(() => expect(monitor.states).toEqual(['offline', 'offline']));
    isReachable = true;
    monitor.tick();
    await vi.waitFor(() => expect(monitor.states.at(-1)).toBe('online'));
    monitor.stop();
  });

  it('stops listening when stopped', () => {
    const monitor = startMonitor(async () => true);
    monitor.stop();
    expect(monitor.events.listeners.size).toBe(0);
  });
});
