// The LocalStore on IndexedDB through idb: opened lazily, sealed through a codec, durable writes.
import { type Codec, isSealed, plainCodec, type Sealed } from './codec';
import { createConnection, requireEnvironment } from './connection';
import type { LocalStore, OutboxEntry, StoredBlob, StoredRecordInput } from './local-store';
import { META, type MetaKey, type MetaValues } from './meta-keys';
import { resealAllRows } from './reseal-rows';
import type { OutboxRow, RecordRow } from './schema';
import { persist, type StorageEnvironment } from './store-location';

export interface IndexedDbStoreOptions {
  name?: string;
  codec?: Codec;
  /** Meta values that hold private data (the session, refused edits): sealed like record bodies. */
  sealedMetaKeys?: readonly string[];
  /** Another tab holds an older version open; this one waits until it closes. */
  onBlocked?: () => void;
  /** Another tab wants a newer version; this connection closed itself and the page should reload. */
  onVersionChange?: () => void;
  /** The browser's storage; tests pass their own. */
  environment?: StorageEnvironment;
}

/** The IndexedDB store, with what turning the app lock on and a device reset need. */
export interface IndexedDbStore extends LocalStore {
  /** Re-seals every row not yet sealed by the current codec; returns how many were re-sealed. */
  resealAll(): Promise<number>;
  /**
   * Rewrites every row, as stored, into a new database and deletes the old one, so that values
   * overwritten by re-sealing leave the browser's files. Every call waits until it is done.
   */
  compact(): Promise<void>;
  /** Asks the browser to keep the device's data under storage pressure; true if it will. */
  persist(): Promise<boolean>;
  /** Closes the connection and deletes the whole database from this device. */
  destroy(): Promise<void>;
}

async function sealRecords(codec: Codec, records: StoredRecordInput[]): Promise<RecordRow[]> {
  return Promise.all(
    records.map(async (record) => ({
      entity: record.entity,
      id: record.id,
      body: await codec.sealValue(record.value),
    })),
  );
}

/** The stored row of an outbox entry whose value is already sealed as `body`. */
const outboxRow = (entry: OutboxEntry, body: Sealed): OutboxRow =>
  entry.foldKey === undefined
    ? { seq: entry.seq, body }
    : { seq: entry.seq, body, foldKey: entry.foldKey };

function createMetaSealing(codec: Codec, keys: readonly string[]) {
  const isSealedKey = (key: string) => keys.includes(key);
  const seal = async (key: string, value: unknown): Promise<unknown> =>
    isSealedKey(key) && value !== undefined ? codec.sealValue(value) : value;
  return {
    seal,
    /** A sealed key's value written before sealing existed is returned as it was stored. */
    open: async (key: string, stored: unknown): Promise<unknown> =>
      isSealedKey(key) && isSealed(stored) ? codec.openValue(stored) : stored,
    sealAll: (meta: Record<string, unknown>): Promise<[string, unknown][]> =>
      Promise.all(Object.entries(meta).map(async ([key, value]) => [key, await seal(key, value)])),
  };
}

/**
 * Records read per transaction when an entity is listed. Reading 200,000 findings in one go held
 * the page for seconds; between batches the page paints and answers input.
 */
export const LIST_BATCH_SIZE = 2_000;

/** Lets the page paint and handle input before the next batch (a task, not a microtask). */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The keys [entity, id] of one entity, after the id given; arrays sort after strings. */
const entityRange = (entity: string, afterId: string | undefined) =>
  afterId === undefined
    ? IDBKeyRange.bound([entity], [entity, []])
    : IDBKeyRange.bound([entity, afterId], [entity, []], true);

/**
 * Creates the IndexedDB store; nothing is opened until the first read or write, which takes over
 * the connection the page began opening early if there is one (early-connection.ts).
 */
export function createIndexedDbStore(options: IndexedDbStoreOptions = {}): IndexedDbStore {
  const codec = options.codec ?? plainCodec;
  const connection = createConnection(options);
  const db = connection.get;
  const sealedMetaKeys = options.sealedMetaKeys ?? [];
  const metaSealing = createMetaSealing(codec, sealedMetaKeys);
  return {
    async getRecord(entity, id) {
      const row = await (await db()).get('records', [entity, id]);
      return row === undefined ? undefined : codec.openValue(row.body);
    },
    async listRecords(entity) {
      const values: unknown[] = [];
      let afterId: string | undefined;
      for (;;) {
        const rows = await (await db()).getAll(
          'records',
          entityRange(entity, afterId),
          LIST_BATCH_SIZE,
        );
        values.push(...(await Promise.all(rows.map((row) => codec.openValue(row.body)))));
        const last = rows.at(-1);
        if (rows.length < LIST_BATCH_SIZE || last === undefined) return values;
        afterId = last.id;
        await yieldToPage();
      }
    },
    async commitEdit(record, entry) {
      const [row] = await sealRecords(codec, [record]);
      const body = await codec.sealValue(entry.value);
      const transaction = (await db()).transaction(['records', 'outbox'], 'readwrite', {
        durability: 'strict',
      });
      await Promise.all([
        row === undefined ? undefined : transaction.objectStore('records').put(row),
        transaction.objectStore('outbox').add(outboxRow(entry, body)),
        transaction.done,
      ]);
    },
    async replaceLastEdit(record, entry) {
      const [row] = await sealRecords(codec, [record]);
      const body = await codec.sealValue(entry.value);
      const transaction = (await db()).transaction(['records', 'outbox', 'meta'], 'readwrite', {
        durability: 'strict',
      });
      // Only requests from here on: an await on anything else would end the transaction.
      const [newest, sentThrough] = await Promise.all([
        transaction.objectStore('outbox').openCursor(null, 'prev'),
        transaction.objectStore('meta').get(META.sentThrough),
      ]);
      const isReplaceable =
        entry.foldKey !== undefined &&
        newest?.key === entry.seq &&
        newest.value.foldKey === entry.foldKey &&
        entry.seq > (typeof sentThrough === 'number' ? sentThrough : 0);
      if (!isReplaceable) {
        transaction.abort();
        await transaction.done.catch(() => undefined);
        return false;
      }
      await Promise.all([
        row === undefined ? undefined : transaction.objectStore('records').put(row),
        transaction.objectStore('outbox').put(outboxRow(entry, body)),
        transaction.done,
      ]);
      return true;
    },
    async markOutboxSent() {
      const transaction = (await db()).transaction(['outbox', 'meta'], 'readwrite', {
        durability: 'strict',
      });
      const newest = await transaction.objectStore('outbox').openKeyCursor(null, 'prev');
      const through = newest?.key ?? 0;
      await Promise.all([
        transaction.objectStore('meta').put(through, META.sentThrough),
        transaction.done,
      ]);
      return through;
    },
    async listAllRecords() {
      const rows = await (await db()).getAll('records');
      return Promise.all(
        rows.map(async (row) => ({
          entity: row.entity,
          id: row.id,
          value: await codec.openValue(row.body),
        })),
      );
    },
    async writeBatch(batch) {
      const rows = await sealRecords(codec, batch.records ?? []);
      const metaEntries = await metaSealing.sealAll(batch.meta ?? {});
      const replacement = await Promise.all(
        (batch.replaceOutbox ?? []).map(async (entry) => ({
          seq: entry.seq,
          body: await codec.sealValue(entry.value),
        })),
      );
      const transaction = (await db()).transaction(['records', 'outbox', 'meta'], 'readwrite', {
        durability: 'strict',
      });
      const writes: Promise<unknown>[] = rows.map((row) =>
        transaction.objectStore('records').put(row),
      );
      if (batch.removeOutboxThrough !== undefined) {
        const acknowledged = IDBKeyRange.upperBound(batch.removeOutboxThrough);
        writes.push(transaction.objectStore('outbox').delete(acknowledged));
      }
      if (batch.replaceOutbox !== undefined) {
        const outbox = transaction.objectStore('outbox');
        writes.push(outbox.clear());
        for (const { seq, body } of replacement) writes.push(outbox.add({ seq, body }));
      }
      for (const [key, value] of metaEntries) {
        writes.push(transaction.objectStore('meta').put(value, key));
      }
      await Promise.all([...writes, transaction.done]);
    },
    async listOutbox() {
      const rows = await (await db()).getAll('outbox');
      return Promise.all(
        rows.map(
          async (row): Promise<OutboxEntry> => ({
            seq: row.seq,
            value: await codec.openValue(row.body),
          }),
        ),
      );
    },
    async countOutbox() {
      return (await db()).count('outbox');
    },
    async firstOutboxEntry() {
      const cursor = await (await db()).transaction('outbox').store.openCursor();
      if (cursor === null) return undefined;
      return { seq: cursor.value.seq, value: await codec.openValue(cursor.value.body) };
    },
    async lastOutboxSeq() {
      const cursor = await (await db()).transaction('outbox').store.openKeyCursor(null, 'prev');
      return cursor === null ? 0 : cursor.key;
    },
    async listBlobsToUpload() {
      return (await db()).getAllKeysFromIndex('blobs', 'byUploaded', 0);
    },
    async markBlobUploaded(sha256) {
      const transaction = (await db()).transaction('blobs', 'readwrite', { durability: 'strict' });
      const row = await transaction.store.get(sha256);
      if (row !== undefined) await transaction.store.put({ ...row, uploaded: 1 });
      await transaction.done;
    },
    async putBlob(blob) {
      const data = await codec.sealBytes(blob.bytes);
      const row = {
        sha256: blob.sha256,
        mimeType: blob.mimeType,
        uploaded: blob.isUploaded ? 1 : 0,
        data,
      } as const;
      const transaction = (await db()).transaction('blobs', 'readwrite', { durability: 'strict' });
      await Promise.all([transaction.store.put(row), transaction.done]);
    },
    async getBlob(sha256): Promise<StoredBlob | undefined> {
      const row = await (await db()).get('blobs', sha256);
      if (row === undefined) return undefined;
      const bytes = await codec.openBytes(row.data);
      return { sha256: row.sha256, mimeType: row.mimeType, bytes, isUploaded: row.uploaded === 1 };
    },
    async getMeta<K extends MetaKey>(key: K) {
      // The one place a stored meta value takes its declared type: the app wrote it (meta-keys.ts).
      return (await metaSealing.open(key, await (await db()).get('meta', key))) as
        | MetaValues[K]
        | undefined;
    },
    async setMeta(key, value) {
      const sealed = await metaSealing.seal(key, value);
      await (await db()).put('meta', sealed, key);
    },
    close: connection.close,
    resealAll: async () => resealAllRows(await db(), codec, sealedMetaKeys),
    compact: connection.moveToNextGeneration,
    persist: async () =>
      persist(requireEnvironment(options), (await connection.current()).location),
    destroy: connection.destroy,
  };
}
