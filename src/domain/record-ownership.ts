// Which assessment a record belongs to: its own `assessmentId` and the records it hangs from (a
// finding's room, a recommendation's finding, a photo's owner), which must all agree.
import {
  type EntityName,
  type FieldValue,
  type FieldValues,
  isAssessmentPart,
  isEntityName,
} from './entities';
import { isRecordId, type RecordId } from './ids';
import type { ReadFields, RecordView } from './record-view';

/** A pointer from one record to another. */
export interface RecordRef {
  entity: EntityName;
  id: RecordId;
}

/** Finds a stored record (tombstones included), or undefined when it is not known. */
export type RecordLookup = (entity: EntityName, id: RecordId) => RecordView | undefined;

const refTo = (entity: unknown, id: unknown): RecordRef[] =>
  isEntityName(entity) && isRecordId(id) ? [{ entity, id }] : [];

/**
 * The records each assessment part hangs from. Baseline pointers (`baselineRoomId`...) are not
 * among them: a follow-up reads its baseline, it does not belong to it.
 */
const PARENTS: Partial<Record<EntityName, (fields: ReadFields) => RecordRef[]>> = {
  finding: (fields) => refTo('room', fields.roomId),
  intervention: (fields) => [
    ...refTo('finding', fields.findingId),
    ...refTo('goal', fields.goalId),
  ],
  photo: (fields) => refTo(fields.ownerEntity, fields.ownerId),
  comment: (fields) => refTo(fields.targetEntity, fields.targetId),
};

/** The records a record points at that decide its assessment: the assessment, then its parents. */
export function ownerRefs(entity: EntityName, fields: ReadFields): RecordRef[] {
  if (!isAssessmentPart(entity)) return [];
  return [...refTo('assessment', fields.assessmentId), ...(PARENTS[entity]?.(fields) ?? [])];
}

/** Parents are at most four deep (photo → recommendation → finding → room → assessment). */
const MAX_DEPTH = 6;

/**
 * The assessments a record belongs to, by its own `assessmentId` and by every parent the lookup
 * knows (a parent not yet known says nothing). One id for a well-formed record; none for a record
 * outside any assessment (a client, a photo of a client); two or more when its pointers disagree.
 */
export function assessmentsOfRecord(
  entity: EntityName,
  id: RecordId,
  fields: ReadFields,
  lookup: RecordLookup,
): RecordId[] {
  const found = new Set<RecordId>();
  collect(entity, id, fields, lookup, found, 0);
  return [...found];
}

function collect(
  entity: EntityName,
  id: RecordId,
  fields: ReadFields,
  lookup: RecordLookup,
  found: Set<RecordId>,
  depth: number,
): void {
  if (entity === 'assessment') {
    found.add(id);
    return;
  }
  if (depth >= MAX_DEPTH) return;
  for (const ref of ownerRefs(entity, fields)) {
    if (ref.entity === 'assessment') {
      found.add(ref.id);
      continue;
    }
    const parent = isAssessmentPart(ref.entity) ? lookup(ref.entity, ref.id) : undefined;
    if (parent !== undefined) collect(ref.entity, ref.id, parent.fields, lookup, found, depth + 1);
  }
}

/** The fields a record has once a patch's `set` is applied (null clears a field). */
export function fieldsAfter(before: ReadFields | undefined, set: FieldValues): ReadFields {
  const after: Record<string, FieldValue | undefined> = { ...before };
  for (const [field, value] of Object.entries(set)) {
    if (value === null) delete after[field];
    else after[field] = value;
  }
  return after;
}
