// The device's storage interface, shared by the IndexedDB store and the in-memory one used in tests.

/** A record as the app sees it: one entity's fields, keyed by entity and id. */
export interface StoredRecordInput {
  entity: string;
  id: string;
  value: unknown;
}

/** One edit waiting for the server, in device order. */
export interface OutboxEntry {
  seq: number;
  value: unknown;
}

export interface StoredBlob {
  sha256: string;
  mimeType: string;
  bytes: ArrayBuffer;
  isUploaded: boolean;
}

/** What every implementation of the device store offers. */
export interface LocalStore {
  getRecord(entity: string, id: string): Promise<unknown | undefined>;
  listRecords(entity: string): Promise<unknown[]>;
  /** Writes the record and appends its outbox entry in one durable transaction: both or neither. */
  commitEdit(record: StoredRecordInput, entry: OutboxEntry): Promise<void>;
  /** Writes records as pulled from the server (no outbox entry) and the new cursor, atomically. */
  applyPulled(records: StoredRecordInput[], meta: Record<string, unknown>): Promise<void>;
  listOutbox(): Promise<OutboxEntry[]>;
  countOutbox(): Promise<number>;
  /** Removes the outbox entries the server acknowledged (seq at most `ackedSeq`). */
  removeOutboxThrough(ackedSeq: number): Promise<void>;
  putBlob(blob: StoredBlob): Promise<void>;
  getBlob(sha256: string): Promise<StoredBlob | undefined>;
  getMeta(key: string): Promise<unknown | undefined>;
  setMeta(key: string, value: unknown): Promise<void>;
  close(): void;
}
