// The device's storage interface, shared by the IndexedDB store and the in-memory one used in tests.
import type { MetaKey, MetaValues } from './meta-keys';

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
  /**
   * A random key of the engine that wrote the entry, kept unsealed: only an edit that names it may
   * replace the entry (`replaceLastEdit`), so an entry renumbered or written by another tab is safe.
   */
  foldKey?: string;
}

export interface StoredBlob {
  sha256: string;
  mimeType: string;
  bytes: ArrayBuffer;
  isUploaded: boolean;
}

export interface StoreBatch {
  records?: StoredRecordInput[];
  /** Removes the outbox entries the server acknowledged (seq at most this). */
  removeOutboxThrough?: number;
  /** Replaces the whole outbox with these entries (a new device id numbers its edits anew). */
  replaceOutbox?: OutboxEntry[];
  /** Meta values to set; `undefined` removes one. */
  meta?: { [K in MetaKey]?: MetaValues[K] | undefined };
}

/** What every implementation of the device store offers. */
export interface LocalStore {
  getRecord(entity: string, id: string): Promise<unknown | undefined>;
  listRecords(entity: string): Promise<unknown[]>;
  /** Writes the record and appends its outbox entry in one durable transaction: both or neither. */
  commitEdit(record: StoredRecordInput, entry: OutboxEntry): Promise<void>;
  /**
   * Writes the record and replaces the outbox entry of the same seq, in one durable transaction,
   * only if that entry is the newest, carries the same `foldKey` and was never taken for sending
   * (see `markOutboxSent`); false, with nothing written, otherwise.
   */
  replaceLastEdit(record: StoredRecordInput, entry: OutboxEntry): Promise<boolean>;
  /**
   * Marks every entry now in the outbox as taken for sending, before they are read to be sent,
   * so none of them is rewritten afterwards; returns the highest seq marked.
   */
  markOutboxSent(): Promise<number>;
  listAllRecords(): Promise<StoredRecordInput[]>;
  /**
   * Writes records, removes acknowledged outbox entries and sets meta values in one durable
   * transaction: a pulled page and its cursor land together or not at all.
   */
  writeBatch(batch: StoreBatch): Promise<void>;
  listOutbox(): Promise<OutboxEntry[]>;
  countOutbox(): Promise<number>;
  /** The oldest waiting edit, read alone (the status needs only its time). */
  firstOutboxEntry(): Promise<OutboxEntry | undefined>;
  /** The highest seq in the outbox, 0 when empty, read from the keys without opening any entry. */
  lastOutboxSeq(): Promise<number>;
  /** The hashes of photos whose bytes the server does not have yet, oldest first. */
  listBlobsToUpload(): Promise<string[]>;
  markBlobUploaded(sha256: string): Promise<void>;
  putBlob(blob: StoredBlob): Promise<void>;
  getBlob(sha256: string): Promise<StoredBlob | undefined>;
  getMeta<K extends MetaKey>(key: K): Promise<MetaValues[K] | undefined>;
  /** Sets a meta value; `undefined` removes it. */
  setMeta<K extends MetaKey>(key: K, value: MetaValues[K] | undefined): Promise<void>;
  close(): void;
}
