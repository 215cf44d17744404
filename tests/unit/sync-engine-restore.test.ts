// The device after its server was restored from an older backup: it reads everything again and
// keeps every edit of its own.

import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/app/store/memory-store';
import { META } from '../../src/app/store/meta-keys';
import { forgetServerVersions } from '../../src/app/sync/resnapshot';
import { createSyncEngine } from '../../src/app/sync/sync-engine';
import { readStoredStatus } from '../../src/app/sync/sync-status';
import { TransportError } from '../../src/app/sync/transport';
import type { UserId } from '../../src/domain/ids';
import { MemorySyncServer } from './support/memory-sync-server';
import { type BlobShelf, createMemoryTransport } from './support/memory-transport';
import { aClock, recordId, sequentialIds } from './support/sync-fixtures';

const AUTH = { organizationId: 'org-1', userId: 'user-1' as UserId };
const CLIENT = recordId(1);

function world() {
  const clock = aClock();
  const server = new MemorySyncServer({ now: clock.now, newId: sequentialIds() });
  const blobs: BlobShelf = new Map();
  const device = (name: string) => {
    const store = createMemoryStore();
    const transport = createMemoryTransport(server, AUTH, blobs);
    let idCount = 0;
    const engine = createSyncEngine({
      store,
      transport,
      now: clock.now,
      newDeviceId: () => `${name}-${++idCount}`,
      newEditKey: () => crypto.randomUUID(),
      pageLimit: 2,
    });
    return { store, transport, engine };
  };
  return { server, device };
}

describe('a device whose server was restored from an older backup', () => {
  it('reads everything again, keeps its unsent edit, and then hears the server’s new changes', async () => {
    const { server, device } = world();
    const tablet = device('tablet');
    const desktop = device('desktop');
    await tablet.engine.edit('client', CLIENT, { name: 'Mrs Alvarez' });
    await tablet.engine.syncRecords();
    const backup = server.backup();
    await desktop.engine.syncRecords();
    await desktop.engine.edit('client', CLIENT, { name: 'Mrs Alvarez-Reyes' });
    await desktop.engine.edit('room', recordId(2), { name: 'Lost room' });
    await desktop.engine.syncRecords();
    await tablet.engine.syncRecords();
    expect(await tablet.store.getMeta(META.cursor)).toBe(3);

    server.restore(backup);
    const laptop = device('laptop');
    await laptop.engine.syncRecords();
    await laptop.engine.edit('client', CLIENT, { name: 'Ms Alvarez' });
    await laptop.engine.syncRecords();
    await tablet.engine.edit('room', recordId(3), { name: 'Typed after the restore' });
    await tablet.engine.syncRecords();

    // The server's name is at seq 2 again, as the lost one was: still it replaces it.
    const client = await tablet.engine.readRecord('client', CLIENT);
    expect(client?.fields.name).toBe('Ms Alvarez');
    expect(await tablet.store.getMeta(META.cursor)).toBe(
      server.changes(AUTH.organizationId).length,
    );
    expect((await readStoredStatus(tablet.store)).pendingEdits).toBe(0);
    const stored = server.records(AUTH.organizationId).get(`room/${recordId(3)}`);
    expect(stored?.record.fields).toMatchObject({ name: 'Typed after the restore' });
    // What only the lost history had stays visible on the device rather than vanishing.
    expect((await tablet.engine.readRecord('room', recordId(2)))?.fields.name).toBe('Lost room');
  });

  it('sends what waits under a new device id when the restored server lost its latest pushes', async () => {
    const { server, device } = world();
    const tablet = device('tablet');
    await tablet.engine.edit('client', CLIENT, { name: 'Mrs Alvarez' });
    await tablet.engine.syncRecords();
    const backup = server.backup();
    await tablet.engine.edit('room', recordId(2), { name: 'Kitchen' });
    await tablet.engine.syncRecords();
    server.restore(backup);
    await tablet.engine.edit('room', recordId(3), { name: 'Hall' });
    await tablet.engine.edit('room', recordId(3), { notes: 'Loose rug' });
    await tablet.engine.syncRecords();

    expect(await tablet.engine.deviceId()).toBe('tablet-2');
    const stored = server.records(AUTH.organizationId).get(`room/${recordId(3)}`);
    expect(stored?.record.fields).toEqual({ name: 'Hall', notes: 'Loose rug' });
    expect((await readStoredStatus(tablet.store)).pendingEdits).toBe(0);
    expect(await tablet.store.getMeta(META.rejectedEdits)).toEqual([]);
  });

  it('moves its waiting edits to a new device id when the server says the id is another user’s', async () => {
    const { server, device } = world();
    const tablet = device('tablet');
    const sync = tablet.transport.sync.bind(tablet.transport);
    tablet.transport.sync = async (request) => {
      if (request.deviceId === 'tablet-1') {
        throw new TransportError('refused', 'Another user’s device id.', 403, 'device_owner');
      }
      return sync(request);
    };
    await tablet.engine.edit('client', CLIENT, { name: 'Mrs Alvarez' });
    await tablet.engine.edit('client', CLIENT, { notes: 'Lives alone' });
    await tablet.engine.syncRecords();

    expect(await tablet.engine.deviceId()).toBe('tablet-2');
    const stored = server.records(AUTH.organizationId).get(`client/${CLIENT}`);
    expect(stored?.record.fields).toEqual({ name: 'Mrs Alvarez', notes: 'Lives alone' });
    expect((await readStoredStatus(tablet.store)).pendingEdits).toBe(0);
  });

  it('forgets the server versions of a record but keeps its pending edit and content', () => {
    const record = {
      entity: 'client' as const,
      id: CLIENT,
      fields: { name: 'Mrs Alvarez', notes: 'mine' },
      versions: { name: 7, notes: 3 },
      pending: { notes: 4 },
      shadow: { notes: { version: 5, value: 'theirs' } },
    };
    expect(forgetServerVersions(record)).toEqual({
      ...record,
      versions: {},
      shadow: { notes: { version: 0, value: 'theirs' } },
    });
  });
});
