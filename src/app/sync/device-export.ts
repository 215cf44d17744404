// Everything on this device in one file, and that file read back: the rescue when a tablet cannot sync.
import { isEntityName } from '../../domain/entities';
import { isRecordId } from '../../domain/ids';
import type { Patch } from '../../sync/protocol';
import { type LocalRecord, serverView } from '../../sync/replica';
import type { LocalStore } from '../store/local-store';
import { sha256Hex } from './photo-sync';
import type { SyncEngine } from './sync-engine';

export const EXPORT_FORMAT = 'homeassess-device-export';
export const EXPORT_FORMAT_VERSION = 1;

export interface DeviceExport {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  exportedAt: number;
  deviceId: string | undefined;
  records: LocalRecord[];
  /** The edits the server had not confirmed when the file was made. */
  outbox: Patch[];
  photos: { sha256: string; mimeType: string; dataBase64: string }[];
}

export interface ImportSummary {
  recordsAdded: number;
  editsReplayed: number;
  photosAdded: number;
}

function toBase64(bytes: ArrayBuffer): string {
  let text = '';
  const view = new Uint8Array(bytes);
  for (let index = 0; index < view.length; index += 0x8000) {
    text += String.fromCharCode(...view.subarray(index, index + 0x8000));
  }
  return btoa(text);
}

function fromBase64(text: string): ArrayBuffer {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes.buffer;
}

/** Collects every record, unsynced edit and photo on the device (never the sign-in token). */
export async function exportDevice(
  store: LocalStore,
  deviceId: string | undefined,
  now: number,
): Promise<DeviceExport> {
  const records = (await store.listAllRecords()).map((record) => record.value as LocalRecord);
  const outbox = (await store.listOutbox()).map((entry) => entry.value as Patch);
  const hashes = new Set<string>();
  for (const record of records) {
    if (record.entity === 'photo' && typeof record.fields.sha256 === 'string')
      hashes.add(record.fields.sha256);
  }
  const photos: DeviceExport['photos'] = [];
  for (const sha256 of hashes) {
    const blob = await store.getBlob(sha256);
    if (blob !== undefined)
      photos.push({ sha256, mimeType: blob.mimeType, dataBase64: toBase64(blob.bytes) });
  }
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now,
    deviceId,
    records,
    outbox,
    photos,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRecordShape(value: unknown): value is LocalRecord {
  return (
    isObject(value) &&
    isEntityName(value.entity) &&
    isRecordId(value.id) &&
    isObject(value.fields) &&
    isObject(value.versions)
  );
}

function isPatchShape(value: unknown): value is Patch {
  return (
    isObject(value) && isEntityName(value.entity) && isRecordId(value.id) && isObject(value.set)
  );
}

/** Reads an export file's text, or throws an Error saying in words what is wrong with it. */
export function parseDeviceExport(text: string): DeviceExport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('This file is not a HomeAssess export: it is not JSON.');
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT)
    throw new Error('This file is not a HomeAssess export.');
  if (typeof data.formatVersion !== 'number' || data.formatVersion > EXPORT_FORMAT_VERSION) {
    throw new Error('This export was made by a newer version of HomeAssess; update the app first.');
  }
  const records = Array.isArray(data.records) ? data.records : [];
  const outbox = Array.isArray(data.outbox) ? data.outbox : [];
  const photos = Array.isArray(data.photos) ? data.photos : [];
  if (!records.every(isRecordShape) || !outbox.every(isPatchShape)) {
    throw new Error('This export is damaged: some records cannot be read. Nothing was imported.');
  }
  const validPhotos = photos.filter(
    (photo): photo is DeviceExport['photos'][number] =>
      isObject(photo) &&
      typeof photo.sha256 === 'string' &&
      typeof photo.mimeType === 'string' &&
      typeof photo.dataBase64 === 'string',
  );
  return { ...(data as unknown as DeviceExport), records, outbox, photos: validPhotos };
}

/**
 * Brings an export into this device: records it lacks (as their server state), the file's unsynced
 * edits replayed as new edits of this device so they reach the server, and the photos.
 */
export async function importDevice(
  store: LocalStore,
  engine: SyncEngine,
  file: DeviceExport,
): Promise<ImportSummary> {
  const summary: ImportSummary = { recordsAdded: 0, editsReplayed: 0, photosAdded: 0 };
  const added = [];
  for (const record of file.records) {
    if ((await store.getRecord(record.entity, record.id)) !== undefined) continue;
    const view = serverView(record);
    added.push({
      entity: record.entity,
      id: record.id,
      value: { ...view, pending: {}, shadow: {} },
    });
  }
  await store.writeBatch({ records: added });
  engine.forgetRecords();
  summary.recordsAdded = added.length;
  for (const photo of file.photos) {
    if ((await store.getBlob(photo.sha256)) !== undefined) continue;
    const bytes = fromBase64(photo.dataBase64);
    // A damaged photo is left out rather than stored under a hash it does not have.
    if ((await sha256Hex(bytes)) !== photo.sha256) continue;
    await store.putBlob({
      sha256: photo.sha256,
      mimeType: photo.mimeType,
      bytes,
      isUploaded: false,
    });
    summary.photosAdded += 1;
  }
  for (const patch of [...file.outbox].sort((left, right) => left.seq - right.seq)) {
    await engine.edit(patch.entity, patch.id, patch.set);
    summary.editsReplayed += 1;
  }
  return summary;
}
