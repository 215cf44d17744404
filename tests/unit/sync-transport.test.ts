// How the device reads the server's failures: what waits, what asks for the person, in words.
import { describe, expect, it } from 'vitest';
import { describeSyncState, type SyncStatus } from '../../src/app/sync/sync-status';
import { createHttpTransport, TransportError } from '../../src/app/sync/transport';

const REQUEST = { deviceId: 'tablet', cursor: 0, push: [] } as never;

function transportAnswering(status: number, body: string) {
  return createHttpTransport({
    getToken: async () => 'token',
    fetchFunction: async () => new Response(body, { status }),
  });
}

async function failureOf(status: number, body: unknown): Promise<TransportError> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  try {
    await transportAnswering(status, text).sync(REQUEST);
  } catch (error) {
    if (error instanceof TransportError) return error;
    throw error;
  }
  throw new Error('Expected the sync to fail.');
}

function statusOf(overrides: Partial<SyncStatus>): SyncStatus {
  return {
    isSyncing: false,
    outcome: { kind: 'never' },
    pendingEdits: 0,
    oldestPendingAt: undefined,
    photosWaiting: 0,
    lastSyncAt: undefined,
    upload: undefined,
    rejectedEdits: [],
    conflicts: [],
    ...overrides,
  };
}

describe('the HTTP transport', () => {
  it('treats a database that is down as unavailable, to retry later', async () => {
    const body = { code: 'database_unavailable', message: 'The server cannot reach its database.' };
    expect(await failureOf(503, body)).toMatchObject({
      failure: 'unavailable',
      status: 503,
      code: 'database_unavailable',
      message: 'Server unavailable',
    });
  });

  it('treats full server storage as unavailable too, in its own words', async () => {
    const failure = await failureOf(507, { code: 'storage_full', message: 'Out of space.' });
    expect(failure).toMatchObject({ failure: 'unavailable', message: 'Server storage full' });
  });

  it('treats a proxy that cannot reach the server as unavailable', async () => {
    expect(await failureOf(502, '<h1>Bad gateway</h1>')).toMatchObject({ failure: 'unavailable' });
    expect(await failureOf(504, '')).toMatchObject({ failure: 'unavailable' });
  });

  it('keeps the server’s reason and code for a refused request', async () => {
    const body = { code: 'cursor_ahead', message: 'This device is ahead of the server.' };
    expect(await failureOf(409, body)).toMatchObject({
      failure: 'refused',
      code: 'cursor_ahead',
      message: body.message,
    });
  });

  it('still calls any other 5xx a server failure', async () => {
    const failure = await failureOf(500, {
      code: 'internal',
      message: 'The server could not do that.',
    });
    expect(failure).toMatchObject({ failure: 'server', message: 'The server could not do that.' });
  });
});

describe('the sync state in words', () => {
  const unavailable = { kind: 'unavailable' as const, message: 'Server unavailable' };

  it('says the server is unavailable and the edits are kept on the device', () => {
    expect(describeSyncState(statusOf({ outcome: unavailable, pendingEdits: 3 }))).toBe(
      'Server unavailable: 3 edits saved on this device',
    );
  });

  it('says it will retry when nothing waits', () => {
    expect(describeSyncState(statusOf({ outcome: unavailable }))).toBe(
      'Server unavailable; will retry',
    );
  });

  it('keeps saying so while it retries, rather than flickering to syncing', () => {
    const full = { kind: 'unavailable' as const, message: 'Server storage full' };
    expect(describeSyncState(statusOf({ outcome: full, pendingEdits: 1, isSyncing: true }))).toBe(
      'Server storage full: 1 edit saved on this device',
    );
  });
});
