// The server's pure merge: per-device ordering, applying a patch field by field, keeping conflicts.
import {
  type EntityName,
  type FieldValue,
  type FieldValues,
  isStepField,
} from '../domain/entities';
import type { DeviceId, RecordId, UserId } from '../domain/ids';
import {
  type Change,
  DEFAULT_PAGE_LIMIT,
  MAX_PAGE_LIMIT,
  type Patch,
  type RawPatch,
  SERVER_DEVICE_ID,
} from './protocol';
import type { Problem } from './validate-patch';

/** Who wrote a field's current value and when (device clock, for display). */
export interface FieldWriter {
  deviceId: DeviceId;
  userId: UserId;
  at: number;
}

/** A record as the server stores it: values, the change seq of each, and who wrote each. */
export interface StoredRecord {
  fields: FieldValues;
  versions: Record<string, number>;
  lastWriter: Record<string, FieldWriter>;
}

/** A record to save after a merge: the patched record, or a new conflict record. */
export interface RecordWrite {
  entity: EntityName;
  id: RecordId;
  record: StoredRecord;
}

export interface PatchAuthor {
  deviceId: DeviceId;
  userId: UserId;
}

/** What the merge needs from the server: the organization's next seq, new ids, its clock. */
export interface MergeContext {
  nextSeq: () => number;
  newId: () => RecordId;
  nowMs: number;
}

/** The changes to append (in seq order) and the records to save, all in one transaction. */
export interface MergeResult {
  changes: Change[];
  writes: RecordWrite[];
}

/** What to do with an incoming patch given the device's last processed seq. */
export type PatchOrder = 'apply' | 'duplicate' | 'duplicate_mismatch' | 'gap';

/**
 * Decides a patch's fate by the device's order: the next seq is applied, an earlier one is
 * acknowledged again without re-applying (or refused when `matchesStored` says its content
 * differs from what was received then), and one past the next is a gap.
 */
export function classifyPatch(
  lastProcessedSeq: number,
  patch: RawPatch,
  matchesStored?: (patch: RawPatch) => boolean,
): PatchOrder {
  if (patch.seq === lastProcessedSeq + 1) return 'apply';
  if (patch.seq > lastProcessedSeq + 1) return 'gap';
  if (matchesStored !== undefined && !matchesStored(patch)) return 'duplicate_mismatch';
  return 'duplicate';
}

/** A stable text of a patch's content (keys sorted at every depth) to store and compare. */
export function patchDigest(patch: RawPatch): string {
  const { seq, entity, id, set, base, at } = patch;
  return canonicalJson({ seq, entity, id, set, base, at });
}

/** JSON with object keys sorted at every depth, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(withSortedKeys(value)) ?? 'null';
}

/** A copy whose objects list their keys in order; JSON.stringify then does the rest natively. */
function withSortedKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(withSortedKeys);
  const members = value as Record<string, unknown>;
  // No prototype, so a member named __proto__ stays a member.
  const sorted: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(members).sort()) sorted[key] = withSortedKeys(members[key]);
  return sorted;
}

/** True when two field values are the same JSON. */
export function sameValue(left: FieldValue | undefined, right: FieldValue | undefined): boolean {
  if (left === right) return true;
  if (left === undefined || right === undefined) return false;
  return canonicalJson(left) === canonicalJson(right);
}

/** Refuses a device write to a conflict record the server never made; other targets are fine. */
export function checkPatchTarget(
  current: StoredRecord | undefined,
  patch: Patch,
): Problem | undefined {
  if (patch.entity !== 'conflict' || current !== undefined) return undefined;
  return { code: 'unknown_record', message: `There is no conflict ${patch.id} to resolve.` };
}

/**
 * Applies a checked patch to a record (undefined if new). Every field takes the incoming value at
 * the next seq. Where the device's base is older than the field's version, another device wrote
 * the field meanwhile and the values differ, the overwritten value goes into a new `conflict`
 * record, so nothing is discarded. A device never conflicts with its own earlier edits.
 */
export function mergePatch(
  current: StoredRecord | undefined,
  patch: Patch,
  author: PatchAuthor,
  context: MergeContext,
): MergeResult {
  const record = copyRecord(current);
  const seq = context.nextSeq();
  const writer: FieldWriter = { ...author, at: patch.at };
  const overwritten: Overwrite[] = [];
  for (const [field, value] of Object.entries(patch.set)) {
    if (isConflict(record, patch, field, author)) {
      overwritten.push(overwriteOf(record, field));
    }
    record.fields[field] = value;
    record.versions[field] = seq;
    record.lastWriter[field] = writer;
  }
  const change: Change = { seq, entity: patch.entity, id: patch.id, set: patch.set, ...writer };
  const result: MergeResult = {
    changes: [change],
    writes: [{ entity: patch.entity, id: patch.id, record }],
  };
  for (const lost of overwritten) {
    const kept = { value: patch.set[lost.field] ?? null, writer, seq };
    addConflict(result, patch, lost, kept, context);
  }
  return result;
}

/**
 * A change the server makes itself for a writer, such as the entries it records in an amendment
 * as each amended edit is applied: every field at the next seq, by the server's device id, in the
 * writer's name, so every device sees who caused it.
 */
export function serverEdit(
  current: StoredRecord | undefined,
  target: { entity: EntityName; id: RecordId; set: FieldValues },
  userId: UserId,
  context: MergeContext,
): MergeResult {
  const record = copyRecord(current);
  const seq = context.nextSeq();
  const writer: FieldWriter = { deviceId: SERVER_DEVICE_ID, userId, at: context.nowMs };
  for (const [field, value] of Object.entries(target.set)) {
    record.fields[field] = value;
    record.versions[field] = seq;
    record.lastWriter[field] = writer;
  }
  const { entity, id, set } = target;
  return {
    changes: [{ seq, entity, id, set, ...writer }],
    writes: [{ entity, id, record }],
  };
}

interface Overwrite {
  field: string;
  value: FieldValue;
  writer: FieldWriter | undefined;
  seq: number;
}

interface Kept {
  value: FieldValue;
  writer: FieldWriter;
  seq: number;
}

function isConflict(record: StoredRecord, patch: Patch, field: string, author: PatchAuthor) {
  if (patch.entity === 'conflict' || isStepField(patch.entity, field)) return false;
  const version = record.versions[field] ?? 0;
  const base = patch.base[field] ?? 0;
  if (base >= version || !Object.hasOwn(record.fields, field)) return false;
  if (record.lastWriter[field]?.deviceId === author.deviceId) return false;
  return !sameValue(record.fields[field], patch.set[field]);
}

function overwriteOf(record: StoredRecord, field: string): Overwrite {
  return {
    field,
    value: record.fields[field] ?? null,
    writer: record.lastWriter[field],
    seq: record.versions[field] ?? 0,
  };
}

function addConflict(
  result: MergeResult,
  patch: Patch,
  lost: Overwrite,
  kept: Kept,
  context: MergeContext,
): void {
  const fields: FieldValues = {
    entity: patch.entity,
    recordId: patch.id,
    field: lost.field,
    keptValue: kept.value,
    keptBy: kept.writer.userId,
    keptDeviceId: kept.writer.deviceId,
    keptAt: kept.writer.at,
    keptSeq: kept.seq,
    overwrittenValue: lost.value,
    overwrittenBy: lost.writer?.userId ?? null,
    overwrittenDeviceId: lost.writer?.deviceId ?? null,
    overwrittenAt: lost.writer?.at ?? null,
    overwrittenSeq: lost.seq,
    resolved: false,
  };
  const id = context.newId();
  const seq = context.nextSeq();
  const writer: FieldWriter = {
    deviceId: SERVER_DEVICE_ID,
    userId: kept.writer.userId,
    at: context.nowMs,
  };
  result.changes.push({ seq, entity: 'conflict', id, set: fields, ...writer });
  result.writes.push({ entity: 'conflict', id, record: recordOf(fields, seq, writer) });
}

function recordOf(fields: FieldValues, seq: number, writer: FieldWriter): StoredRecord {
  const record: StoredRecord = { fields: { ...fields }, versions: {}, lastWriter: {} };
  for (const field of Object.keys(fields)) {
    record.versions[field] = seq;
    record.lastWriter[field] = writer;
  }
  return record;
}

function copyRecord(current: StoredRecord | undefined): StoredRecord {
  return {
    fields: { ...current?.fields },
    versions: { ...current?.versions },
    lastWriter: { ...current?.lastWriter },
  };
}

/** A stored record with its identity, as the snapshot reads them. */
export interface SnapshotRecord {
  entity: EntityName;
  id: RecordId;
  record: StoredRecord;
}

/**
 * The snapshot a new device may be served instead of the change log: one change per record with
 * all its current fields, at the seq of the record's latest change, by that change's writer,
 * sorted by seq. Paged with `pageChanges`, it stays correct from any cursor while the device keeps
 * asking for snapshot pages until `more` is false.
 */
export function buildSnapshot(records: Iterable<SnapshotRecord>): Change[] {
  const changes: Change[] = [];
  for (const entry of records) {
    const change = snapshotChange(entry);
    if (change) changes.push(change);
  }
  return changes.sort((left, right) => left.seq - right.seq);
}

function snapshotChange({ entity, id, record }: SnapshotRecord): Change | undefined {
  let latestField: string | undefined;
  let latestSeq = 0;
  for (const [field, seq] of Object.entries(record.versions)) {
    if (seq > latestSeq) [latestField, latestSeq] = [field, seq];
  }
  const writer = latestField === undefined ? undefined : record.lastWriter[latestField];
  if (writer === undefined) return undefined;
  return { seq: latestSeq, entity, id, set: { ...record.fields }, ...writer };
}

/** One pull page: the changes after `cursor`, the new cursor, and whether more wait. */
export interface Page {
  changes: Change[];
  cursor: number;
  more: boolean;
}

/** The page limit to use for a request's `limit`: the default when absent, never above the cap. */
export function pageLimit(requested: number | undefined): number {
  return Math.min(requested ?? DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT);
}

/** Takes the page after `cursor` from changes sorted by seq (the log or a snapshot). */
export function pageChanges(sorted: readonly Change[], cursor: number, limit: number): Page {
  const after = sorted.filter((change) => change.seq > cursor);
  const changes = after.slice(0, limit);
  const last = changes.at(-1);
  return { changes, cursor: last ? last.seq : cursor, more: after.length > changes.length };
}
