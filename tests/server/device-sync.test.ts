// The app's sync engine against the real server over HTTP, on every configured database.

import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { META } from '../../src/app/store/meta-keys';
import { loadPhoto, storePhoto, uploadPendingPhotos } from '../../src/app/sync/photo-sync';
import { readStoredStatus } from '../../src/app/sync/sync-status';
import type { RecordId } from '../../src/domain/ids';
import { databaseTargets } from './support/databases';
import { nodeDevice } from './support/node-device';
import { setUpOrganization } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).buffer;
const newId = () => randomUUID() as RecordId;

describe.each(databaseTargets())('devices syncing through the server on $name', (target) => {
  let running: TestServer;
  let token: string;
  beforeEach(async () => {
    running = await startTestServer(target);
    token = await setUpOrganization(running.baseUrl);
  });
  afterEach(async () => {
    await running.close();
  });

  it('brings a tablet’s client, its photo record and the photo bytes to the desktop', async () => {
    const tablet = nodeDevice(running.baseUrl, token);
    const desktop = nodeDevice(running.baseUrl, token);
    const clientId = newId();
    await tablet.engine.edit('client', clientId, { name: 'Mrs Alvarez', address: '12 Elm St' });
    const sha256 = await storePhoto(tablet.store, JPEG, 'image/jpeg');
    await tablet.engine.edit('photo', newId(), {
      sha256,
      ownerId: clientId,
      ownerEntity: 'client',
      mimeType: 'image/jpeg',
    });
    await tablet.engine.syncRecords();
    await uploadPendingPhotos(tablet.store, tablet.transport, () => undefined);
    await desktop.engine.syncRecords();
    expect((await desktop.engine.readRecord('client', clientId))?.fields.name).toBe('Mrs Alvarez');
    const photos = await desktop.engine.listRecords('photo');
    expect(photos.map((photo) => photo.fields.sha256)).toEqual([sha256]);
    const bytes = await loadPhoto(desktop.store, desktop.transport, sha256);
    expect(bytes?.bytes.byteLength).toBe(JPEG.byteLength);
  });

  it('keeps both values when the tablet and the desktop edit the same field offline', async () => {
    const tablet = nodeDevice(running.baseUrl, token);
    const desktop = nodeDevice(running.baseUrl, token);
    const findingId = newId();
    await tablet.engine.edit('finding', findingId, { notes: 'Loose rug' });
    await tablet.engine.syncRecords();
    await desktop.engine.syncRecords();
    await tablet.engine.edit('finding', findingId, { notes: 'Rug curling at the edge' });
    await desktop.engine.edit('finding', findingId, { notes: 'Rug removed by family' });
    await tablet.engine.syncRecords();
    await desktop.engine.syncRecords();
    await tablet.engine.syncRecords();
    const live = (await tablet.engine.readRecord('finding', findingId))?.fields.notes;
    expect(live).toBe((await desktop.engine.readRecord('finding', findingId))?.fields.notes);
    const [conflict] = (await readStoredStatus(tablet.store)).conflicts;
    expect(conflict?.fields).toMatchObject({
      keptValue: 'Rug removed by family',
      overwrittenValue: 'Rug curling at the edge',
    });
  });

  it('starts over from a snapshot when its cursor is past the server’s last change, keeping its edit', async () => {
    const tablet = nodeDevice(running.baseUrl, token);
    const clientId = newId();
    await tablet.engine.edit('client', clientId, { name: 'Mrs Alvarez' });
    await tablet.engine.syncRecords();
    // As after the server was restored from a backup older than what the tablet has seen.
    await tablet.store.setMeta(META.cursor, 999);
    await tablet.engine.edit('client', clientId, { notes: 'Typed after the restore' });
    await tablet.engine.syncRecords();
    expect((await readStoredStatus(tablet.store)).pendingEdits).toBe(0);
    expect(await tablet.store.getMeta(META.cursor)).toBe(2);
    const desktop = nodeDevice(running.baseUrl, token);
    await desktop.engine.syncRecords();
    expect((await desktop.engine.readRecord('client', clientId))?.fields).toMatchObject({
      name: 'Mrs Alvarez',
      notes: 'Typed after the restore',
    });
  });

  it('tells the device to sign in again when its token is refused, keeping its edits', async () => {
    const stranger = nodeDevice(running.baseUrl, 'not-a-token');
    await stranger.engine.edit('client', newId(), { name: 'Kept locally' });
    await expect(stranger.engine.syncRecords()).rejects.toMatchObject({ failure: 'signed-out' });
    expect((await readStoredStatus(stranger.store)).pendingEdits).toBe(1);
  });
});
