// The device's sync engine against the in-memory server: edits survive every network fault.

import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/app/store/memory-store';
import { META } from '../../src/app/store/meta-keys';
import { exportDevice, importDevice, parseDeviceExport } from '../../src/app/sync/device-export';
import { EditRefusedError } from '../../src/app/sync/edit-check';
import {
  loadPhoto,
  storePhoto,
  type UploadProgress,
  uploadPendingPhotos,
} from '../../src/app/sync/photo-sync';
import { createSyncEngine } from '../../src/app/sync/sync-engine';
import { describeWriter, readStoredStatus } from '../../src/app/sync/sync-status';
import { CHECKLIST_BODY_MAX_LENGTH } from '../../src/domain/entities';
import type { RecordId, UserId } from '../../src/domain/ids';
import { SYNC_BODY_LIMIT_BYTES } from '../../src/sync/protocol';
import { MemorySyncServer } from './support/memory-sync-server';
import { type BlobShelf, createMemoryTransport } from './support/memory-transport';
import { aClock, recordId, sequentialIds } from './support/sync-fixtures';

const AUTH = { organizationId: 'org-1', userId: 'user-1' as UserId };

function world() {
  const clock = aClock();
  const server = new MemorySyncServer({ now: clock.now, newId: sequentialIds() });
  const blobs: BlobShelf = new Map();
  let deviceNumber = 0;
  const device = () => {
    deviceNumber += 1;
    const store = createMemoryStore();
    const transport = createMemoryTransport(server, AUTH, blobs);
    const name = `device-${deviceNumber}`;
    const engine = createSyncEngine({
      store,
      transport,
      now: clock.now,
      newDeviceId: () => name,
      newEditKey: () => crypto.randomUUID(),
      pageLimit: 2,
    });
    return { store, transport, engine };
  };
  return { server, device, blobs };
}

const CLIENT = recordId(1);

describe('the sync engine', () => {
  it('keeps an edit and its patch on the device until the server confirms it', async () => {
    const { device } = world();
    const tablet = device();
    await tablet.engine.edit('client', CLIENT, { name: 'Mrs Alvarez' });
    expect((await readStoredStatus(tablet.store)).pendingEdits).toBe(1);
    await tablet.engine.syncRecords();
    expect((await readStoredStatus(tablet.store)).pendingEdits).toBe(0);
    expect((await tablet.engine.readRecord('client', CLIENT))?.fields.name).toBe('Mrs Alvarez');
  });

  it('brings one device’s edits to another', async () => {
    const { device } = world();
    const tablet = device();
    const desktop = device();
    await tablet.engine.edit('client', CLIENT, { name: 'Mrs Alvarez', address: '12 Elm St' });
    await tablet.engine.syncRecords();
    await desktop.engine.syncRecords();
    expect((await desktop.engine.readRecord('client', CLIENT))?.fields).toEqual({
      name: 'Mrs Alvarez',
      address: '12 Elm St',
    });
  });

  it('keeps edits made offline and sends them once back online', async () => {
    const { device, server } = world();
    const tablet = device();
    tablet.transport.isOffline = true;
    await tablet.engine.edit('client', CLIENT, { name: 'Mr Okafor' });
    await expect(tablet.engine.syncRecords()).rejects.toMatchObject({ failure: 'offline' });
    expect((await readStoredStatus(tablet.store)).pendingEdits).toBe(1);
    tablet.transport.isOffline = false;
    await tablet.engine.syncRecords();
    expect(server.changes(AUTH.organizationId)).toHaveLength(1);
  });

  it('applies an edit once when the server’s answer was lost and the push is retried', async () => {
    const { device, server } = world();
    const tablet = device();
    await tablet.engine.edit('client', CLIENT, { name: 'Mr Okafor' });
    tablet.transport.dropNextResponse = true;
    await expect(tablet.engine.syncRecords()).rejects.toThrow();
    await tablet.engine.syncRecords();
    expect(server.changes(AUTH.organizationId)).toHaveLength(1);
    expect((await readStoredStatus(tablet.store)).pendingEdits).toBe(0);
  });

  it('sends large imported checklists in several pushes, each within the server’s body limit', async () => {
    const { device, server } = world();
    const tablet = device();
    const body = 'x'.repeat(CHECKLIST_BODY_MAX_LENGTH);
    for (let index = 1; index <= 10; index += 1) {
      await tablet.engine.edit('checklist', recordId(100 + index), {
        title: `Import ${index}`,
        body,
      });
    }
    await tablet.engine.edit('client', CLIENT, { name: 'Mr Okafor' });
    const pushSizes: number[] = [];
    const send = tablet.transport.sync;
    tablet.transport.sync = (request) => {
      if (request.push.length > 0) pushSizes.push(Buffer.byteLength(JSON.stringify(request)));
      return send(request);
    };
    await tablet.engine.syncRecords();
    expect(server.changes(AUTH.organizationId)).toHaveLength(11);
    expect(pushSizes.length).toBeGreaterThan(1);
    expect(Math.max(...pushSizes)).toBeLessThanOrEqual(SYNC_BODY_LIMIT_BYTES);
    expect((await readStoredStatus(tablet.store)).pendingEdits).toBe(0);
  });

  it('never loses an edit made while a sync is in flight', async () => {
    const { device } = world();
    const tablet = device();
    const desktop = device();
    await desktop.engine.edit('client', CLIENT, { name: 'Mrs Alvarez' });
    await desktop.engine.syncRecords();
    tablet.transport.beforeSync = async () => {
      tablet.transport.beforeSync = undefined;
      await tablet.engine.edit('client', CLIENT, { notes: 'Typed during sync' });
    };
    await tablet.engine.syncRecords();
    await tablet.engine.syncRecords();
    await desktop.engine.syncRecords();
    expect((await desktop.engine.readRecord('client', CLIENT))?.fields).toMatchObject({
      name: 'Mrs Alvarez',
      notes: 'Typed during sync',
    });
    expect((await tablet.engine.readRecord('client', CLIENT))?.fields.notes).toBe(
      'Typed during sync',
    );
  });

  it('keeps every edit when two tabs of one device write to the same store', async () => {
    const { device, server } = world();
    const tab = device();
    const secondTab = createSyncEngine({
      store: tab.store,
      transport: tab.transport,
      now: () => 0,
      newDeviceId: () => 'device-1',
      newEditKey: () => crypto.randomUUID(),
    });
    await tab.engine.edit('room', recordId(20), { name: 'Hall' });
    await secondTab.edit('room', recordId(21), { name: 'Kitchen' });
    await tab.engine.edit('room', recordId(22), { name: 'Garage' });
    expect((await tab.store.listOutbox()).map((entry) => entry.seq)).toEqual([1, 2, 3]);
    await tab.engine.syncRecords();
    expect(server.changes(AUTH.organizationId)).toHaveLength(3);
  });

  it('shows both values of a field two devices edited offline, as a conflict on each device', async () => {
    const { device } = world();
    const tablet = device();
    const desktop = device();
    await tablet.engine.edit('finding', recordId(2), { notes: 'Loose rug' });
    await tablet.engine.syncRecords();
    await desktop.engine.syncRecords();
    await tablet.engine.edit('finding', recordId(2), { notes: 'Rug in hall, curling edge' });
    await desktop.engine.edit('finding', recordId(2), { notes: 'Rug removed by family' });
    for (const each of [tablet, desktop, tablet]) await each.engine.syncRecords();
    for (const each of [tablet, desktop]) {
      const conflicts = (await readStoredStatus(each.store)).conflicts;
      expect(conflicts).toHaveLength(1);
      expect(
        [conflicts[0]?.fields.keptValue, conflicts[0]?.fields.overwrittenValue].sort(),
      ).toEqual(['Rug in hall, curling edge', 'Rug removed by family']);
    }
  });

  it('keeps a refused edit with its reason and content, and shows the server’s value again', async () => {
    const { device } = world();
    const tablet = device();
    await tablet.engine.edit('room', recordId(3), { name: 'Kitchen' });
    await tablet.engine.syncRecords();
    // A conflict the server never made: only the server can tell.
    await tablet.engine.edit('conflict', recordId(8), { resolved: true });
    await tablet.engine.syncRecords();
    const rejected = (await readStoredStatus(tablet.store)).rejectedEdits;
    expect(rejected).toEqual([
      expect.objectContaining({
        code: 'unknown_record',
        patch: expect.objectContaining({ seq: 2 }),
      }),
    ]);
    expect(await tablet.engine.readRecord('conflict', recordId(8))).toMatchObject({ fields: {} });
  });

  it('never puts an edit the registry refuses in the outbox, and says why', async () => {
    const refusals: EditRefusedError[] = [];
    const clock = aClock();
    const store = createMemoryStore();
    const server = new MemorySyncServer({ now: clock.now, newId: sequentialIds() });
    const engine = createSyncEngine({
      store,
      transport: createMemoryTransport(server, AUTH, new Map()),
      now: clock.now,
      newDeviceId: () => 'tablet',
      newEditKey: () => crypto.randomUUID(),
      onEditRefused: (error) => refusals.push(error),
    });
    await engine.edit('room', recordId(3), { name: 'Kitchen' });
    await expect(engine.edit('room', recordId(3), { name: 'x'.repeat(300) })).rejects.toThrow(
      EditRefusedError,
    );
    await expect(engine.edit('goal', recordId(4), { importance: 11 })).rejects.toThrow(/1 to 10/);
    expect(
      refusals.map((refusal) => [refusal.entity, refusal.field, refusal.problem.code]),
    ).toEqual([
      ['room', 'name', 'too_long'],
      ['goal', 'importance', 'out_of_range'],
    ]);
    expect(await store.countOutbox()).toBe(1);
    expect((await engine.readRecord('room', recordId(3)))?.fields.name).toBe('Kitchen');
    expect(await engine.readRecord('goal', recordId(4))).toBeUndefined();
  });

  it('folds keystrokes in one field into one patch until the patch is taken for sending', async () => {
    const { device, server } = world();
    const tablet = device();
    for (const text of ['L', 'Lo', 'Loose', 'Loose rug'])
      await tablet.engine.edit('finding', recordId(2), { notes: text });
    expect(await tablet.store.listOutbox()).toEqual([
      expect.objectContaining({
        seq: 1,
        value: expect.objectContaining({ set: { notes: 'Loose rug' } }),
      }),
    ]);
    await tablet.engine.edit('finding', recordId(2), { answer: 'barrier' });
    await tablet.engine.syncRecords();
    await tablet.engine.edit('finding', recordId(2), { answer: 'ok' });
    await tablet.engine.edit('finding', recordId(2), { answer: 'barrier' });
    expect((await tablet.store.listOutbox()).map((entry) => entry.seq)).toEqual([3]);
    await tablet.engine.syncRecords();
    const changes = server.changes(AUTH.organizationId).map((change) => change.set);
    expect(changes).toEqual([{ notes: 'Loose rug' }, { answer: 'barrier' }, { answer: 'barrier' }]);
  });

  it('never folds into an entry another tab wrote or one already taken for sending', async () => {
    const { device } = world();
    const tab = device();
    const secondTab = createSyncEngine({
      store: tab.store,
      transport: tab.transport,
      now: () => 0,
      newDeviceId: () => 'device-1',
      newEditKey: () => crypto.randomUUID(),
    });
    await tab.engine.edit('room', recordId(20), { name: 'Ha' });
    await secondTab.edit('room', recordId(20), { name: 'Hall' });
    await tab.engine.edit('room', recordId(20), { name: 'Hallway' });
    expect((await tab.store.listOutbox()).map((entry) => entry.seq)).toEqual([1, 2, 3]);
    await tab.store.markOutboxSent();
    await tab.engine.edit('room', recordId(20), { name: 'Hallway 2' });
    expect((await tab.store.listOutbox()).map((entry) => entry.seq)).toEqual([1, 2, 3, 4]);
  });

  it('uploads photos after the records, one at a time with progress, and another device fetches them', async () => {
    const { device } = world();
    const tablet = device();
    const desktop = device();
    const sha256 = await storePhoto(
      tablet.store,
      new Uint8Array([1, 2, 3, 4]).buffer,
      'image/jpeg',
    );
    await tablet.engine.edit('photo', recordId(4), {
      sha256,
      ownerId: CLIENT,
      ownerEntity: 'client',
    });
    const progress: UploadProgress[] = [];
    await tablet.engine.syncRecords();
    await uploadPendingPhotos(tablet.store, tablet.transport, (each) => progress.push(each));
    expect(progress.at(-1)).toMatchObject({ photosDone: 1, photosTotal: 1, totalBytes: 4 });
    expect(await tablet.store.listBlobsToUpload()).toEqual([]);
    await desktop.engine.syncRecords();
    const photo = await loadPhoto(desktop.store, desktop.transport, sha256);
    expect([...new Uint8Array(photo?.bytes ?? new ArrayBuffer(0))]).toEqual([1, 2, 3, 4]);
  });

  it('says a photo has not arrived when no device has sent its bytes yet', async () => {
    const { device } = world();
    const desktop = device();
    expect(await loadPhoto(desktop.store, desktop.transport, 'a'.repeat(64))).toBeUndefined();
  });

  it('exports unsynced edits to a file that another device imports and sends', async () => {
    const { device, server } = world();
    const brokenTablet = device();
    brokenTablet.transport.isOffline = true;
    await brokenTablet.engine.edit('client', CLIENT, { name: 'Mrs Alvarez' });
    const sha256 = await storePhoto(brokenTablet.store, new Uint8Array([9, 9]).buffer, 'image/png');
    await brokenTablet.engine.edit('photo', recordId(5), {
      sha256,
      ownerId: CLIENT,
      ownerEntity: 'client',
    });
    const file = JSON.stringify(await exportDevice(brokenTablet.store, 'device-1', 0));
    const spare = device();
    const summary = await importDevice(spare.store, spare.engine, parseDeviceExport(file));
    expect(summary).toEqual({ recordsAdded: 2, editsReplayed: 2, photosAdded: 1 });
    await spare.engine.syncRecords();
    expect(
      server
        .changes(AUTH.organizationId)
        .map((change) => change.entity)
        .sort(),
    ).toEqual(['client', 'photo']);
    expect(await spare.store.listBlobsToUpload()).toEqual([sha256]);
  });

  it('refuses a file that is not an export, saying so', () => {
    expect(() => parseDeviceExport('{"hello": 1}')).toThrow('not a HomeAssess export');
    expect(() => parseDeviceExport('not json')).toThrow('not JSON');
  });

  it('resumes a snapshot across pages for a new device', async () => {
    const { device } = world();
    const tablet = device();
    for (let index = 10; index < 15; index += 1) {
      await tablet.engine.edit('room', recordId(index), { name: `Room ${index}` });
    }
    await tablet.engine.syncRecords();
    const desktop = device();
    await desktop.engine.syncRecords();
    expect(await desktop.engine.listRecords('room')).toHaveLength(5);
    expect(await desktop.store.getMeta(META.snapshotInProgress)).toBe(false);
    const ids = (await desktop.engine.listRecords('room')).map((room) => room.id as RecordId);
    expect(new Set(ids).size).toBe(5);
  });
});

describe('who made a conflicting value', () => {
  const me = { userId: 'user-1', deviceId: 'tablet' };

  it('is you on this device, you elsewhere, or a colleague', () => {
    expect(describeWriter('user-1', 'tablet', me)).toBe('by you on this device');
    expect(describeWriter('user-1', 'desktop', me)).toBe('by you on another device');
    expect(describeWriter('user-2', 'tablet', me)).toBe('by a colleague');
  });
});
