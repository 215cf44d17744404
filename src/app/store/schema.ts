// The device database's schema, declared once; upgrades are cumulative steps, one per version.
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Sealed } from './codec';

export const DATABASE_NAME = 'homeassess';

/** Version 1: records, outbox, blobs and meta. */
export const VERSION_INITIAL = 1;
export const CURRENT_VERSION = VERSION_INITIAL;

export interface RecordRow {
  entity: string;
  id: string;
  body: Sealed;
}

export interface OutboxRow {
  seq: number;
  body: Sealed;
  /** Random and unsealed: the writing engine's key for folding later keystrokes into this row. */
  foldKey?: string;
}

export interface BlobRow {
  sha256: string;
  mimeType: string;
  /** 1 once the server has the bytes; a number because IndexedDB cannot index booleans. */
  uploaded: 0 | 1;
  data: Sealed;
}

export interface HomeAssessSchema extends DBSchema {
  records: { key: [string, string]; value: RecordRow; indexes: { byEntity: string } };
  outbox: { key: number; value: OutboxRow };
  blobs: { key: string; value: BlobRow; indexes: { byUploaded: number } };
  meta: { key: string; value: unknown };
}

export type HomeAssessDatabase = IDBPDatabase<HomeAssessSchema>;

/**
 * Brings a database from `oldVersion` to CURRENT_VERSION. Each step only adds: an upgrade never
 * drops a store that may hold unsynced edits.
 */
export function upgradeSchema(database: HomeAssessDatabase, oldVersion: number): void {
  if (oldVersion < VERSION_INITIAL) {
    const records = database.createObjectStore('records', { keyPath: ['entity', 'id'] });
    records.createIndex('byEntity', 'entity');
    database.createObjectStore('outbox', { keyPath: 'seq' });
    const blobs = database.createObjectStore('blobs', { keyPath: 'sha256' });
    blobs.createIndex('byUploaded', 'uploaded');
    database.createObjectStore('meta');
  }
}
