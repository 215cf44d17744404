// The device side of sync: local edits into the outbox, pushes and pulls applied page by page.

import type { EntityName, FieldValues } from '../../domain/entities';
import type { DeviceId, RecordId } from '../../domain/ids';
import type { TypedRecord } from '../../domain/records';
import {
  DEFAULT_PAGE_LIMIT,
  type Patch,
  type Rejection,
  type SyncResponse,
  takePushBatch,
} from '../../sync/protocol';
import {
  acknowledge,
  applyPulledChange,
  type LocalRecord,
  makeLocalEdit,
} from '../../sync/replica';
import type { LocalStore, StoreBatch } from '../store/local-store';
import { META, type MetaKey, type MetaValues } from '../store/meta-keys';
import { checkEdit, EditRefusedError } from './edit-check';
import { createEditFolder } from './edit-folding';
import { takeNewDeviceId } from './new-device-id';
import { createRecordCache } from './record-cache';
import { rejectedEditsOf } from './rejected-edits';
import { restartFromSnapshot } from './resnapshot';
import { createSerialQueue } from './serial-queue';
import { type ServerTransport, TransportError } from './transport';
import { createTypedViews } from './typed-views';

/** An edit that can be taken back: the record and its fields' earlier values. */
export interface UndoStep {
  entity: EntityName;
  id: RecordId;
  previous: FieldValues;
  /** What the person did, in words: "Answer: barrier". */
  label: string;
}

/** An edit the server refused, kept on the device with its content for a person to resolve. */
export interface RejectedEdit extends Rejection {
  patch: Patch | undefined;
  rejectedAt: number;
  /** The device id the edit was sent under: a seq counts one device id's edits. */
  deviceId?: string;
}

export interface SyncEngineOptions {
  store: LocalStore;
  transport: ServerTransport;
  now: () => number;
  newDeviceId: () => string;
  /** A random key for each new outbox entry, so only this engine folds keystrokes into it. */
  newEditKey: () => string;
  pageLimit?: number;
  /** Called after every local edit (to schedule a sync, ask for persistent storage...). */
  onLocalEdit?: () => void;
  /** Called when the registry refuses an edit: nothing was saved, and the person should hear why. */
  onEditRefused?: (error: EditRefusedError) => void;
  /** Called after records changed on the device, by an edit or by a pulled page. */
  onRecordsChanged?: () => void;
}

const MAX_ROUNDS_PER_SYNC = 1000;
const recordKey = (entity: string, id: string) => `${entity}/${id}`;

/** Creates the engine; nothing is read or sent until it is used. */
export function createSyncEngine(options: SyncEngineOptions) {
  const { store, transport } = options;
  const queue = createSerialQueue();
  const cache = createRecordCache(store);
  const views = createTypedViews();
  const folder = createEditFolder(store, options.now);
  const meta = async <K extends MetaKey>(key: K, fallback: MetaValues[K]): Promise<MetaValues[K]> =>
    (await store.getMeta(key)) ?? fallback;

  async function deviceId(): Promise<string> {
    const existing = await store.getMeta(META.deviceId);
    if (typeof existing === 'string') return existing;
    const created = options.newDeviceId();
    await store.setMeta(META.deviceId, created);
    return created;
  }

  function readLocal(entity: EntityName, id: RecordId): Promise<LocalRecord | undefined> {
    return cache.get(entity, id);
  }

  /** One record, typed and restored, or undefined when the device has none. */
  async function readRecord<E extends EntityName>(
    entity: E,
    id: RecordId,
  ): Promise<TypedRecord<E> | undefined> {
    return views.maybe<E>(await cache.get(entity, id));
  }

  /** The newest device seq this engine committed; read from the store when not known. */
  let lastDeviceSeq: number | undefined;

  async function nextDeviceSeq(): Promise<number> {
    if (lastDeviceSeq === undefined) {
      const lastQueued = await store.lastOutboxSeq();
      lastDeviceSeq = Math.max(lastQueued, await meta(META.ackedSeq, 0));
    }
    return lastDeviceSeq + 1;
  }

  /** Writes one edit; if another tab took the seq meanwhile, reads the seq and the record again. */
  async function commitOnce(entity: EntityName, id: RecordId, set: FieldValues, isRetry: boolean) {
    const before = await readLocal(entity, id);
    const folded = await folder.fold(before, entity, id, set);
    if (folded !== undefined) {
      cache.remember([folded.record]);
      return { before, made: folded };
    }
    const made = makeLocalEdit(before, entity, id, set, await nextDeviceSeq(), options.now());
    const foldKey = options.newEditKey();
    try {
      await store.commitEdit(
        { entity, id, value: made.record },
        { seq: made.patch.seq, value: made.patch, foldKey },
      );
    } catch (error) {
      lastDeviceSeq = undefined;
      if (isRetry) throw error;
      cache.forget();
      return commitOnce(entity, id, set, true);
    }
    lastDeviceSeq = made.patch.seq;
    folder.remember(made.patch, foldKey);
    cache.remember([made.record]);
    return { before, made };
  }

  /** The fields of the newest edit as they were before it, so it can be undone (memory only). */
  let lastUndo: UndoStep | undefined;

  function commitAndReport(
    entity: EntityName,
    id: RecordId,
    set: FieldValues,
    label: string | null | undefined,
  ): Promise<TypedRecord> {
    return queue(async () => {
      try {
        checkEdit(entity, set);
      } catch (error) {
        if (error instanceof EditRefusedError) options.onEditRefused?.(error);
        throw error;
      }
      const { before, made } = await commitOnce(entity, id, set, false);
      const previous: FieldValues = {};
      for (const field of Object.keys(set)) previous[field] = before?.fields[field] ?? null;
      if (label !== null) lastUndo = { entity, id, previous, label: label ?? `${entity} change` };
      options.onLocalEdit?.();
      options.onRecordsChanged?.();
      return views.view(made.record);
    });
  }

  /**
   * Saves an edit on the device: the record and its outbox patch in one durable transaction.
   * `label` names it for "Undo"; null saves without replacing the undo step (a change of place).
   * A value the entity registry refuses saves nothing and rejects with EditRefusedError.
   */
  function edit<E extends EntityName>(
    entity: E,
    id: RecordId,
    set: FieldValues,
    label?: string | null,
  ): Promise<TypedRecord<E>> {
    return commitAndReport(entity, id, set, label) as Promise<TypedRecord<E>>;
  }

  /** What "Undo" would take back, if anything. */
  const undoable = (): UndoStep | undefined => lastUndo;

  /** Takes back the newest edit by a new edit that restores the earlier values (which syncs too). */
  async function undo(): Promise<void> {
    const step = lastUndo;
    if (step === undefined) return;
    await commitAndReport(step.entity, step.id, step.previous, undefined);
    lastUndo = undefined;
    options.onRecordsChanged?.();
  }

  /** The entity's records on the device, typed and restored (tombstones included). */
  async function listRecords<E extends EntityName>(entity: E): Promise<TypedRecord<E>[]> {
    return (await cache.list(entity)).map((record) => views.view<E>(record));
  }

  /** The entity's records if already read into memory, at once; undefined if not yet. */
  function peekRecords<E extends EntityName>(entity: E): TypedRecord<E>[] | undefined {
    return cache.peek(entity)?.map((record) => views.view<E>(record));
  }

  /** Applies one answer: pulled changes, the cursor and, once caught up, the acknowledged edits. */
  function applyResponse(response: SyncResponse, pushed: readonly Patch[]): Promise<void> {
    return queue(async () => {
      const records = new Map<string, LocalRecord | undefined>();
      const load = async (entity: EntityName, id: RecordId) => {
        const key = recordKey(entity, id);
        if (!records.has(key)) records.set(key, await readLocal(entity, id));
        return records.get(key);
      };
      for (const change of response.changes) {
        records.set(
          recordKey(change.entity, change.id),
          applyPulledChange(await load(change.entity, change.id), change),
        );
      }
      const acked = Math.max(await meta(META.ackedSeq, 0), response.acked);
      const previousRejections = await meta(META.rejectedEdits, []);
      const batchMeta: StoreBatch['meta'] = {
        [META.cursor]: response.cursor,
        [META.ackedSeq]: acked,
        [META.snapshotInProgress]: response.snapshot === true && response.more,
        [META.rejectedEdits]: rejectedEditsOf(response, pushed, previousRejections, {
          nowMs: options.now(),
          sentUnder: await deviceId(),
        }),
      };
      if (!response.more) batchMeta[META.lastSyncAt] = options.now();
      let removeOutboxThrough: number | undefined;
      if (!response.more) {
        for (const entry of await store.listOutbox()) {
          const patch = entry.value as Patch;
          const record = entry.seq <= acked ? await load(patch.entity, patch.id) : undefined;
          if (record !== undefined)
            records.set(recordKey(patch.entity, patch.id), acknowledge(record, acked));
        }
        removeOutboxThrough = acked;
      }
      const changed = [...records.values()].filter(
        (record): record is LocalRecord => record !== undefined,
      );
      await store.writeBatch({
        records: changed.map((record) => ({ entity: record.entity, id: record.id, value: record })),
        meta: batchMeta,
        removeOutboxThrough,
      });
      cache.remember(changed);
      if (changed.length > 0) options.onRecordsChanged?.();
    });
  }

  /** One request with the next push batch; throws on a `gap` after applying the answer. */
  async function syncRound(id: string): Promise<{ response: SyncResponse; isAllSent: boolean }> {
    // Marked before they are read: an entry being sent is never folded into afterwards.
    await store.markOutboxSent();
    const acked = await meta(META.ackedSeq, 0);
    const unsent = (await store.listOutbox())
      .map((entry) => entry.value as Patch)
      .filter((patch) => patch.seq > acked);
    const push = takePushBatch(unsent);
    const isSnapshot = await meta(META.snapshotInProgress, false);
    const response = await transport.sync({
      deviceId: id as DeviceId,
      cursor: await meta(META.cursor, 0),
      push,
      limit: options.pageLimit ?? DEFAULT_PAGE_LIMIT,
      ...(isSnapshot ? { snapshot: true } : {}),
    });
    await applyResponse(response, push);
    const gap = response.rejected.find((rejection) => rejection.code === 'gap');
    if (gap !== undefined)
      throw new TransportError(
        'refused',
        `The server is missing earlier edits of this device: ${gap.message}`,
      );
    return { response, isAllSent: unsent.length <= push.length };
  }

  /**
   * Answers a refusal of the whole request that the device can mend by itself, once per sync;
   * false when it cannot. A server whose last change is behind the device's cursor (restored
   * from a backup) answers `cursor_ahead` and applies nothing: the device starts over from a
   * snapshot and, since that server may have lost this device's latest edits too, sends what
   * waits under a new device id. A device id the server binds to another user (`device_owner`)
   * is left the same way.
   */
  async function recover(error: unknown): Promise<boolean> {
    const code = error instanceof TransportError ? error.code : undefined;
    if (code !== 'cursor_ahead' && code !== 'device_owner') return false;
    await queue(async () => {
      if (code === 'cursor_ahead') await restartFromSnapshot(store);
      await takeNewDeviceId(store, options.newDeviceId());
      forgetRecords();
    });
    options.onRecordsChanged?.();
    return true;
  }

  /** Pushes every unacknowledged edit and pulls until caught up; throws TransportError on failure. */
  async function syncRecords(): Promise<void> {
    let hasRecovered = false;
    for (let round = 0; round < MAX_ROUNDS_PER_SYNC; round += 1) {
      const answered = await syncRound(await deviceId()).catch(async (error: unknown) => {
        if (hasRecovered || !(await recover(error))) throw error;
        hasRecovered = true;
        return undefined;
      });
      if (answered !== undefined && !answered.response.more && answered.isAllSent) return;
    }
  }

  /** Forgets the records held in memory (on lock, or after records were written elsewhere). */
  const forgetRecords = (): void => {
    cache.forget();
    lastDeviceSeq = undefined;
    folder.forget();
  };

  return {
    deviceId,
    edit,
    undo,
    undoable,
    readRecord,
    listRecords,
    peekRecords,
    syncRecords,
    forgetRecords,
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
