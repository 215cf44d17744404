// A record on the device: the server's changes up to the cursor, unconfirmed local edits on top.
import type { EntityName, FieldValue, FieldValues } from '../domain/entities';
import type { RecordId } from '../domain/ids';
import type { Change, Patch } from './protocol';

/** The server's latest value of a field the device has a pending edit on. */
export interface ShadowField {
  /** The server seq of `value`; 0 when the server has never had the field. */
  version: number;
  /** Absent when the server has no value for the field. */
  value?: FieldValue;
}

/**
 * A record on the device. `fields` is what the device shows. For a field without a pending edit,
 * `versions` holds the server seq of its value; for a field with one, it stays at the base of the
 * first pending edit (what the person last saw from the server) while `shadow` follows the server.
 */
export interface LocalRecord {
  entity: EntityName;
  id: RecordId;
  fields: FieldValues;
  versions: Record<string, number>;
  /** For each field with an unconfirmed local edit, the device seq of the newest such edit. */
  pending: Record<string, number>;
  shadow: Record<string, ShadowField>;
}

/** A record as the server had it at the device's cursor, without local edits. */
export interface ServerView {
  entity: EntityName;
  id: RecordId;
  fields: FieldValues;
  versions: Record<string, number>;
}

/**
 * Makes a local edit: the record to save and the patch to append to the outbox, in one
 * transaction. Each field's base is the version the device had (0 if none); a field that already
 * has a pending edit keeps that edit's base: the person has not seen the server's newer value.
 */
export function makeLocalEdit(
  record: LocalRecord | undefined,
  entity: EntityName,
  id: RecordId,
  set: FieldValues,
  nextDeviceSeq: number,
  at: number,
): { record: LocalRecord; patch: Patch } {
  const next = record ? copyRecord(record) : emptyRecord(entity, id);
  const base: Record<string, number> = {};
  for (const [field, value] of Object.entries(set)) {
    base[field] = next.versions[field] ?? 0;
    overlay(next, field, value, nextDeviceSeq);
  }
  const patch: Patch = {
    seq: nextDeviceSeq,
    entity: next.entity,
    id: next.id,
    set: { ...set },
    base,
    at,
  };
  return { record: next, patch };
}

/**
 * Applies one pulled change (log or snapshot). A field takes the value only when the change is
 * newer than what the device has, so a page applied twice, or an old change after a snapshot,
 * changes nothing. A field with a pending local edit keeps showing it; the server's value waits
 * in `shadow` until the edit is confirmed.
 */
export function applyPulledChange(record: LocalRecord | undefined, change: Change): LocalRecord {
  const next = record ? copyRecord(record) : emptyRecord(change.entity, change.id);
  for (const [field, value] of Object.entries(change.set)) {
    if (Object.hasOwn(next.pending, field)) {
      const shadow = next.shadow[field];
      if (shadow === undefined || change.seq > shadow.version) {
        next.shadow[field] = { version: change.seq, value };
      }
    } else if (change.seq > (next.versions[field] ?? 0)) {
      next.fields[field] = value;
      next.versions[field] = change.seq;
    }
  }
  return next;
}

/**
 * Confirms the local edits up to device seq `ackedSeq`: their fields now show the server's value.
 * Call it after applying a response whose `more` is false: its cursor then covers the change of
 * every acknowledged patch, so `shadow` holds the edit itself or a later value from the server.
 * A rejected patch is acknowledged too, which reverts its fields to the server's value.
 */
export function acknowledge(record: LocalRecord, ackedSeq: number): LocalRecord {
  const next = copyRecord(record);
  for (const [field, localSeq] of Object.entries(record.pending)) {
    if (localSeq > ackedSeq) continue;
    restoreServerValue(next, field, record.shadow[field]);
    delete next.pending[field];
    delete next.shadow[field];
  }
  return next;
}

/** The record as the server had it at the device's cursor: local edits replaced by `shadow`. */
export function serverView(record: LocalRecord): ServerView {
  const view = copyRecord(record);
  for (const field of Object.keys(record.pending)) {
    restoreServerValue(view, field, record.shadow[field]);
  }
  return { entity: view.entity, id: view.id, fields: view.fields, versions: view.versions };
}

/**
 * Rebuilds a local record from the server's view and the device's unconfirmed patches for it
 * (in seq order), each keeping the base it was made with. Incremental `makeLocalEdit`,
 * `applyPulledChange` and `acknowledge` always agree with it.
 */
export function rebase(
  server: ServerView | undefined,
  unconfirmed: readonly Patch[],
): LocalRecord | undefined {
  let record: LocalRecord | undefined = server && {
    ...server,
    fields: { ...server.fields },
    versions: { ...server.versions },
    pending: {},
    shadow: {},
  };
  for (const patch of unconfirmed) {
    record ??= emptyRecord(patch.entity, patch.id);
    for (const [field, value] of Object.entries(patch.set)) {
      const isFirstPendingEdit = !Object.hasOwn(record.pending, field);
      overlay(record, field, value, patch.seq);
      if (isFirstPendingEdit) setVersion(record, field, patch.base[field] ?? 0);
    }
  }
  return record;
}

/**
 * The record with each pending edit's device seq renumbered by `newSeqOf`, for a device that
 * moves its waiting edits to a new device id. A seq with no new number (an edit no longer
 * waiting) becomes 0, so the next acknowledgement settles it.
 */
export function renumberPending(
  record: LocalRecord,
  newSeqOf: (oldSeq: number) => number | undefined,
): LocalRecord {
  const next = copyRecord(record);
  for (const [field, seq] of Object.entries(record.pending))
    next.pending[field] = newSeqOf(seq) ?? 0;
  return next;
}

/** True while the record has local edits the server has not confirmed. */
export function hasPendingEdits(record: LocalRecord): boolean {
  return Object.keys(record.pending).length > 0;
}

function overlay(record: LocalRecord, field: string, value: FieldValue, deviceSeq: number): void {
  if (!Object.hasOwn(record.pending, field)) record.shadow[field] = shadowOf(record, field);
  record.fields[field] = value;
  record.pending[field] = deviceSeq;
}

function shadowOf(record: LocalRecord, field: string): ShadowField {
  const version = record.versions[field] ?? 0;
  const value = record.fields[field];
  return Object.hasOwn(record.fields, field) && value !== undefined
    ? { version, value }
    : { version };
}

function restoreServerValue(record: LocalRecord, field: string, shadow: ShadowField | undefined) {
  if (shadow?.value === undefined) {
    delete record.fields[field];
  } else {
    record.fields[field] = shadow.value;
  }
  setVersion(record, field, shadow?.version ?? 0);
}

function setVersion(record: LocalRecord, field: string, version: number): void {
  if (version > 0) {
    record.versions[field] = version;
  } else {
    delete record.versions[field];
  }
}

function emptyRecord(entity: EntityName, id: RecordId): LocalRecord {
  return { entity, id, fields: {}, versions: {}, pending: {}, shadow: {} };
}

function copyRecord(record: LocalRecord): LocalRecord {
  return {
    entity: record.entity,
    id: record.id,
    fields: { ...record.fields },
    versions: { ...record.versions },
    pending: { ...record.pending },
    shadow: { ...record.shadow },
  };
}
