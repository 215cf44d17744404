// An in-memory LocalStore with the same behaviour as the IndexedDB one, for tests and previews.
import type { LocalStore, OutboxEntry, StoredBlob, StoredRecordInput } from './local-store';
import { META, type MetaKey, type MetaValues } from './meta-keys';

function recordKey(entity: string, id: string): string {
  return `${entity}\u0000${id}`;
}

/** Creates an empty store held in memory; values are copied in and out like IndexedDB does. */
export function createMemoryStore(): LocalStore {
  const records = new Map<string, StoredRecordInput>();
  const outbox = new Map<number, OutboxEntry>();
  const blobs = new Map<string, StoredBlob>();
  const meta = new Map<string, unknown>();
  const copy = <T>(value: T): T => structuredClone(value);
  return {
    getRecord: async (entity, id) => copy(records.get(recordKey(entity, id))?.value),
    listRecords: async (entity) =>
      [...records.values()].filter((record) => record.entity === entity).map((r) => copy(r.value)),
    commitEdit: async (record, entry) => {
      if (outbox.has(entry.seq)) throw new Error(`Outbox entry ${entry.seq} already exists.`);
      records.set(recordKey(record.entity, record.id), copy(record));
      outbox.set(entry.seq, copy(entry));
    },
    replaceLastEdit: async (record, entry) => {
      const newest = outbox.size === 0 ? 0 : Math.max(...outbox.keys());
      const sentThrough = (meta.get(META.sentThrough) as number | undefined) ?? 0;
      const isSameWriter =
        entry.foldKey !== undefined && outbox.get(newest)?.foldKey === entry.foldKey;
      if (newest !== entry.seq || !isSameWriter || entry.seq <= sentThrough) return false;
      records.set(recordKey(record.entity, record.id), copy(record));
      outbox.set(entry.seq, copy(entry));
      return true;
    },
    markOutboxSent: async () => {
      const through = outbox.size === 0 ? 0 : Math.max(...outbox.keys());
      meta.set(META.sentThrough, through);
      return through;
    },
    listAllRecords: async () => [...records.values()].map(copy),
    writeBatch: async (batch) => {
      for (const record of batch.records ?? []) {
        records.set(recordKey(record.entity, record.id), copy(record));
      }
      const through = batch.removeOutboxThrough;
      if (through !== undefined)
        for (const seq of [...outbox.keys()]) if (seq <= through) outbox.delete(seq);
      if (batch.replaceOutbox !== undefined) {
        outbox.clear();
        for (const entry of batch.replaceOutbox) outbox.set(entry.seq, copy(entry));
      }
      for (const [key, value] of Object.entries(batch.meta ?? {})) meta.set(key, copy(value));
    },
    // As the IndexedDB store reads them: the seq and the value, not the writer's fold key.
    listOutbox: async () =>
      [...outbox.values()]
        .sort((a, b) => a.seq - b.seq)
        .map((entry) => copy({ seq: entry.seq, value: entry.value })),
    countOutbox: async () => outbox.size,
    firstOutboxEntry: async () => {
      const entry = outbox.get(Math.min(...outbox.keys()));
      return entry === undefined ? undefined : copy({ seq: entry.seq, value: entry.value });
    },
    lastOutboxSeq: async () => (outbox.size === 0 ? 0 : Math.max(...outbox.keys())),
    listBlobsToUpload: async () =>
      [...blobs.values()].filter((blob) => !blob.isUploaded).map((blob) => blob.sha256),
    markBlobUploaded: async (sha256) => {
      const blob = blobs.get(sha256);
      if (blob !== undefined) blobs.set(sha256, { ...blob, isUploaded: true });
    },
    putBlob: async (blob) => {
      blobs.set(blob.sha256, copy(blob));
    },
    getBlob: async (sha256) => copy(blobs.get(sha256)),
    getMeta: async <K extends MetaKey>(key: K) => copy(meta.get(key)) as MetaValues[K] | undefined,
    setMeta: async (key, value) => {
      meta.set(key, copy(value));
    },
    close: () => undefined,
  };
}
