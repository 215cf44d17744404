// Records kept in memory once read, so re-reading a list after every keystroke costs no IndexedDB
// round trip and no decryption; the engine updates it with every write it makes.
import type { EntityName } from '../../domain/entities';
import type { LocalRecord } from '../../sync/replica';
import type { LocalStore } from '../store/local-store';

export interface RecordCache {
  list(entity: EntityName): Promise<LocalRecord[]>;
  /** The entity's records if they are already in memory, without waiting; else undefined. */
  peek(entity: EntityName): LocalRecord[] | undefined;
  get(entity: EntityName, id: string): Promise<LocalRecord | undefined>;
  /** Takes records just written to the store. */
  remember(records: readonly LocalRecord[]): void;
  /** Drops everything (the device locked, or records were written behind the engine's back). */
  forget(): void;
}

/** A cache over `store`; an entity's records are read whole the first time it is listed. */
export function createRecordCache(store: LocalStore): RecordCache {
  const loaded = new Map<EntityName, Map<string, LocalRecord>>();
  /** Lists being read, so that two screens asking at once share one read. */
  const loading = new Map<EntityName, Promise<Map<string, LocalRecord>>>();
  /** Bumped on every write, so a list read that raced a write is read again. */
  const generations = new Map<EntityName, number>();
  const generationOf = (entity: EntityName) => generations.get(entity) ?? 0;

  async function load(entity: EntityName): Promise<Map<string, LocalRecord>> {
    for (;;) {
      const before = generationOf(entity);
      const records = (await store.listRecords(entity)) as LocalRecord[];
      if (generationOf(entity) !== before) continue;
      const byId = new Map(records.map((record) => [record.id as string, record]));
      loaded.set(entity, byId);
      return byId;
    }
  }

  return {
    async list(entity) {
      let byId = loaded.get(entity);
      if (byId === undefined) {
        const reading = loading.get(entity) ?? load(entity);
        loading.set(entity, reading);
        byId = await reading.finally(() => loading.delete(entity));
      }
      return [...byId.values()];
    },
    peek(entity) {
      const byId = loaded.get(entity);
      return byId === undefined ? undefined : [...byId.values()];
    },
    async get(entity, id) {
      const byId = loaded.get(entity);
      if (byId !== undefined) return byId.get(id);
      return (await store.getRecord(entity, id)) as LocalRecord | undefined;
    },
    remember(records) {
      for (const record of records) {
        generations.set(record.entity, generationOf(record.entity) + 1);
        loaded.get(record.entity)?.set(record.id, record);
      }
    },
    forget() {
      loaded.clear();
      for (const entity of generations.keys()) generations.set(entity, generationOf(entity) + 1);
    },
  };
}
