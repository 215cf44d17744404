// Amendments to a signed assessment: which records belong to it, the change entries an amendment
// keeps (who changed which field, from what to what, when), and the person's open amendment.
import {
  AMENDMENT_CHANGES_MAX_JSON_LENGTH,
  type EntityName,
  type FieldValue,
  type FieldValues,
  isAssessmentPart,
  type JsonValue,
} from './entities';
import { isRecordId, type RecordId } from './ids';
import { isLive, liveRecords, type ReadFields, type RecordView, textField } from './record-view';
import type { Actor } from './review';

/** The assessment a record belongs to (the assessment itself, or its parts), or undefined. */
export function assessmentIdOf(
  entity: EntityName,
  id: RecordId,
  fields: FieldValues,
): RecordId | undefined {
  if (entity === 'assessment') return id;
  if (!isAssessmentPart(entity)) return undefined;
  const assessmentId = fields.assessmentId;
  return isRecordId(assessmentId) ? assessmentId : undefined;
}

/**
 * One field changed by an amendment, as the amendment's `changes` list keeps it (a type, not an
 * interface, so that a list of them is a JSON value the record can hold).
 */
export type AmendmentChange = {
  entity: EntityName;
  id: string;
  field: string;
  before: JsonValue;
  after: JsonValue;
  /** When the edit was made (device clock, ms). */
  at: number;
};

/** One committed edit: the record, its fields before, the fields it set, and when. */
export interface RecordEdit {
  entity: EntityName;
  id: string;
  before: ReadFields;
  set: FieldValues;
  at: number;
}

/**
 * Fields an amendment does not record: where the visit was left on a device (it changes whenever
 * someone opens an item) says nothing about the assessment.
 */
const UNRECORDED_FIELDS: Partial<Record<EntityName, readonly string[]>> = {
  assessment: ['currentRoomId', 'currentItemId'],
};

/** True when edits of this entity belong in an amendment: not comments, not amendments. */
export function isAmendable(entity: EntityName): boolean {
  return entity !== 'comment' && entity !== 'amendment';
}

const sameValue = (left: FieldValue | undefined, right: FieldValue | undefined) =>
  JSON.stringify(left ?? null) === JSON.stringify(right ?? null);

/** The change entries of one edit: every recorded field whose value differs from before. */
export function changesOfEdit(edit: RecordEdit): AmendmentChange[] {
  if (!isAmendable(edit.entity)) return [];
  const unrecorded = UNRECORDED_FIELDS[edit.entity] ?? [];
  return Object.entries(edit.set)
    .filter(
      ([field, after]) => !unrecorded.includes(field) && !sameValue(edit.before[field], after),
    )
    .map(([field, after]) => ({
      entity: edit.entity,
      id: edit.id,
      field,
      before: edit.before[field] ?? null,
      after,
      at: edit.at,
    }));
}

/** Edits of one field within this time of the previous one are one change (typing a note). */
export const TYPING_PAUSE_MS = 10_000;

const sameField = (left: AmendmentChange, right: AmendmentChange) =>
  left.entity === right.entity && left.id === right.id && left.field === right.field;

/**
 * The amendment's list with an edit's changes added. Keystrokes in one field, each saved as it
 * is typed, join the field's latest entry (its first `before`, the newest `after`) while they
 * come within TYPING_PAUSE_MS; an undo is always an entry of its own, so taking back is seen.
 */
export function appendChanges(
  changes: readonly AmendmentChange[],
  added: readonly AmendmentChange[],
  options: { isUndo: boolean },
): AmendmentChange[] {
  const result = [...changes];
  for (const change of added) {
    const last = result.at(-1);
    const isTyping =
      !options.isUndo &&
      last !== undefined &&
      sameField(last, change) &&
      change.at - last.at <= TYPING_PAUSE_MS;
    if (isTyping) result[result.length - 1] = { ...last, after: change.after, at: change.at };
    else result.push(change);
  }
  return result;
}

const isObject = (value: unknown): value is Record<string, JsonValue> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads an amendment's `changes` as stored, keeping only well-formed entries. */
export function readChanges(value: FieldValue | undefined): AmendmentChange[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    if (!isObject(entry)) return [];
    const { entity, id, field, at } = entry;
    if (typeof entity !== 'string' || typeof id !== 'string' || typeof field !== 'string') {
      return [];
    }
    return [
      {
        entity: entity as EntityName,
        id,
        field,
        before: entry.before ?? null,
        after: entry.after ?? null,
        at: typeof at === 'number' ? at : 0,
      },
    ];
  });
}

/** The person's open amendment of the assessment (the newest, if several), or undefined. */
export function openAmendmentOf<R extends RecordView>(
  amendments: readonly R[],
  assessmentId: string,
  authorId: string,
): R | undefined {
  const started = (amendment: R) => Number(amendment.fields.startedAt ?? 0);
  return amendments
    .filter(
      (amendment) =>
        isLive(amendment) &&
        textField(amendment, 'assessmentId') === assessmentId &&
        textField(amendment, 'authorId') === authorId &&
        amendment.fields.closedAt == null,
    )
    .sort((left, right) => started(right) - started(left))[0];
}

/**
 * The person's amendment of the assessment that was open at `at` (started by then, not closed
 * before), so an edit is recorded where it belongs even when it is recorded a moment later.
 */
export function amendmentOpenAt<R extends RecordView>(
  amendments: readonly R[],
  assessmentId: string,
  authorId: string,
  at: number,
): R | undefined {
  return amendmentsOf(amendments, assessmentId)
    .filter((amendment) => {
      const closedAt = amendment.fields.closedAt;
      return (
        textField(amendment, 'authorId') === authorId &&
        Number(amendment.fields.startedAt ?? 0) <= at &&
        (typeof closedAt !== 'number' || closedAt >= at)
      );
    })
    .at(-1);
}

/** The amendments of one assessment, oldest first. */
export function amendmentsOf<R extends RecordView>(
  amendments: readonly R[],
  assessmentId: string,
): R[] {
  const started = (amendment: R) => Number(amendment.fields.startedAt ?? 0);
  return liveRecords(amendments)
    .filter((amendment) => textField(amendment, 'assessmentId') === assessmentId)
    .sort((left, right) => started(left) - started(right));
}

/** The fields that open an amendment: the reason (required), its author and when. */
export function amendmentStart(
  assessmentId: string,
  reason: string,
  actor: Actor,
  at: number,
): FieldValues {
  const trimmed = reason.trim();
  if (trimmed === '') throw new Error('An amendment needs a reason.');
  return {
    assessmentId,
    reason: trimmed,
    authorId: actor.id,
    authorName: actor.name,
    startedAt: at,
    changes: [],
  };
}

/**
 * The amendment's `changes` once an applied edit is added, as the server records them; undefined
 * when they would no longer fit, so the edit waits for a new amendment rather than going unrecorded.
 */
export function changesWithEdit(
  amendment: ReadFields,
  edit: RecordEdit,
): AmendmentChange[] | undefined {
  const next = appendChanges(readChanges(amendment.changes), changesOfEdit(edit), {
    isUndo: false,
  });
  return JSON.stringify(next).length > AMENDMENT_CHANGES_MAX_JSON_LENGTH ? undefined : next;
}
