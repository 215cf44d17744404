// The records one push is judged by: those it writes, the records they hang from up to their
// assessments, and the amendments of those assessments, loaded in a few batched reads.
import type { Transaction } from 'kysely';
import { type EntityName, type FieldValues, isEntityName } from '../../domain/entities';
import { isRecordId, type RecordId } from '../../domain/ids';
import { ownerRefs, type RecordRef } from '../../domain/record-ownership';
import type { RecordView } from '../../domain/record-view';
import type { WriteScene } from '../../domain/write-rules';
import type { RawPatch } from '../../sync/protocol';
import type { StoredRecord } from '../../sync/server-rules';
import type { Database } from '../db/database';
import type { Schema } from '../db/schema';
import { loadAmendments, loadRecords, recordKey } from './sync-repository';

/** Records as they stand during a push, and each assessment's amendments among them. */
export interface PushRecords {
  current: Map<string, StoredRecord>;
  /** Amendment record keys by the assessment they amend. */
  amendmentKeys: Map<RecordId, Set<string>>;
}

/** Parents are at most four deep; one more round finds nothing new. */
const MAX_LOAD_ROUNDS = 6;

const setOf = (raw: RawPatch): FieldValues =>
  typeof raw.set === 'object' && raw.set !== null && !Array.isArray(raw.set)
    ? (raw.set as FieldValues)
    : {};

/** The pushed records themselves, for the patches whose entity and id are well formed. */
function pushedRefs(push: readonly RawPatch[]): RecordRef[] {
  return push.flatMap((raw) =>
    isRecordId(raw.id) && isEntityName(raw.entity) ? [{ entity: raw.entity, id: raw.id }] : [],
  );
}

/**
 * Loads the pushed records, then in rounds the records each points at (by the patch's fields and
 * the stored ones), until an assessment or an unknown record ends every chain.
 */
async function loadWithOwners(
  transaction: Transaction<Schema>,
  organizationId: string,
  push: readonly RawPatch[],
): Promise<Map<string, StoredRecord>> {
  const current = await loadRecords(transaction, organizationId, pushedRefs(push));
  const asked = new Set(pushedRefs(push).map((ref) => recordKey(ref.entity, ref.id)));
  let pending: { entity: EntityName; fields: FieldValues }[] = push.flatMap((raw) => {
    if (!isEntityName(raw.entity) || !isRecordId(raw.id)) return [];
    const stored = current.get(recordKey(raw.entity, raw.id));
    return [
      { entity: raw.entity, fields: setOf(raw) },
      ...(stored === undefined ? [] : [{ entity: raw.entity, fields: stored.fields }]),
    ];
  });
  for (let round = 0; round < MAX_LOAD_ROUNDS && pending.length > 0; round += 1) {
    const wanted = new Map<string, RecordRef>();
    for (const { entity, fields } of pending) {
      for (const ref of ownerRefs(entity, fields)) {
        const key = recordKey(ref.entity, ref.id);
        if (!asked.has(key)) wanted.set(key, ref);
      }
    }
    for (const key of wanted.keys()) asked.add(key);
    const loaded = await loadRecords(transaction, organizationId, [...wanted.values()]);
    pending = [];
    for (const [key, record] of loaded) {
      current.set(key, record);
      const ref = wanted.get(key);
      if (ref !== undefined) pending.push({ entity: ref.entity, fields: record.fields });
    }
  }
  return current;
}

/** The assessments whose amendments the push may need: signed ones, and those it amends. */
function assessmentsToAmend(
  current: ReadonlyMap<string, StoredRecord>,
  push: readonly RawPatch[],
): RecordId[] {
  const ids = new Set<RecordId>();
  for (const [key, record] of current) {
    const id = key.slice('assessment/'.length);
    if (key.startsWith('assessment/') && record.fields.status === 'signed' && isRecordId(id)) {
      ids.add(id);
    }
  }
  for (const raw of push) {
    const assessmentId = setOf(raw).assessmentId;
    if (raw.entity === 'amendment' && isRecordId(assessmentId)) ids.add(assessmentId);
  }
  return [...ids];
}

/** Everything a push is judged by, loaded inside its transaction. */
export async function loadPushRecords(
  transaction: Transaction<Schema>,
  kind: Database['kind'],
  organizationId: string,
  push: readonly RawPatch[],
): Promise<PushRecords> {
  const current = await loadWithOwners(transaction, organizationId, push);
  const amendments = await loadAmendments(
    transaction,
    kind,
    organizationId,
    assessmentsToAmend(current, push),
  );
  const records: PushRecords = { current, amendmentKeys: new Map() };
  for (const [key, record] of amendments) {
    if (!current.has(key)) current.set(key, record);
    indexAmendment(records, key);
  }
  return records;
}

/** Files an amendment under the assessment it amends (again after each write of it). */
export function indexAmendment(records: PushRecords, key: string): void {
  const assessmentId = records.current.get(key)?.fields.assessmentId;
  if (!isRecordId(assessmentId)) return;
  const keys = records.amendmentKeys.get(assessmentId) ?? new Set<string>();
  keys.add(key);
  records.amendmentKeys.set(assessmentId, keys);
}

const viewOf = (key: string, record: StoredRecord): RecordView => ({
  id: key.slice(key.indexOf('/') + 1),
  fields: record.fields,
});

/** The rules' view of the push's records as they stand now. */
export function sceneOf(records: PushRecords): WriteScene {
  return {
    lookup(entity, id) {
      const key = recordKey(entity, id);
      const record = records.current.get(key);
      return record === undefined ? undefined : viewOf(key, record);
    },
    amendmentsOf(assessmentId) {
      return [...(records.amendmentKeys.get(assessmentId) ?? [])].flatMap((key) => {
        const record = records.current.get(key);
        return record === undefined ? [] : [viewOf(key, record)];
      });
    },
  };
}
