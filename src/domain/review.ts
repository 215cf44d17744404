// Review and sign-off: an assessment's status and who may change it, what is still open before it
// is completed, which records belong to it, and the change entries an amendment keeps.
import type { Role } from './accounts';
import type { Checklist } from './checklist';
import {
  type EntityName,
  type FieldValue,
  type FieldValues,
  isAssessmentPart,
  type JsonValue,
} from './entities';
import { isRecordId, type RecordId } from './ids';
import { isFlagSet, isLive, liveRecords, type RecordView, textField } from './record-view';
import { unansweredItems } from './visit-progress';

export const ASSESSMENT_STATUSES = ['draft', 'complete', 'signed'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** What a person can do to an assessment's status. */
export type StatusAction = 'complete' | 'reopen' | 'sign';

/** The person acting: their user id, name and role, as the session gives them. */
export interface Actor {
  id: string;
  name: string;
  role: Role;
}

interface StatusRule {
  from: AssessmentStatus;
  to: AssessmentStatus;
  roles: readonly Role[];
}

/**
 * Therapists (and admins) complete a visit and take it back to draft; a sign-off comes from a
 * reviewer, an admin or another therapist. Nothing leaves `signed`: later changes are amendments.
 */
const STATUS_RULES: Record<StatusAction, StatusRule> = {
  complete: { from: 'draft', to: 'complete', roles: ['therapist', 'admin'] },
  reopen: { from: 'complete', to: 'draft', roles: ['therapist', 'admin'] },
  sign: { from: 'complete', to: 'signed', roles: ['reviewer', 'admin', 'therapist'] },
};

const STATUS_ACTIONS = Object.keys(STATUS_RULES) as StatusAction[];

/** The assessment's status; a visit that never had one is a draft. */
export function assessmentStatus(assessment: RecordView): AssessmentStatus {
  const status = textField(assessment, 'status');
  return ASSESSMENT_STATUSES.find((known) => known === status) ?? 'draft';
}

/** True when the therapist carried out the visit or marked it complete. */
function isOwnAssessment(assessment: RecordView, actor: Actor): boolean {
  return (
    textField(assessment, 'therapistId') === actor.id ||
    textField(assessment, 'completedBy') === actor.id
  );
}

/**
 * Why the actor may not take this action now, in words, or undefined when they may.
 * A sign-off is a second pair of eyes: a therapist may sign a colleague's assessment (a clinic
 * without reviewers reviews peer to peer) but not one they carried out or completed, where "Mark
 * complete" is already their own attestation. An admin may sign any: the organization's
 * accountable person, and for a sole practitioner the only one who can close the record.
 */
export function statusActionRefusal(
  action: StatusAction,
  assessment: RecordView,
  actor: Actor,
): string | undefined {
  const rule = STATUS_RULES[action];
  const status = assessmentStatus(assessment);
  if (status !== rule.from) {
    return status === 'signed'
      ? 'This assessment is signed off; later changes are made as amendments.'
      : `This needs a ${rule.from} assessment; this one is ${status}.`;
  }
  if (!rule.roles.includes(actor.role)) return `A ${actor.role} may not do this.`;
  if (action === 'sign' && actor.role === 'therapist' && isOwnAssessment(assessment, actor)) {
    return 'Another person signs off an assessment; yours waits for a reviewer or a colleague.';
  }
  return undefined;
}

/** The status actions the actor may take on the assessment now, in the order they are offered. */
export function allowedStatusActions(assessment: RecordView, actor: Actor): StatusAction[] {
  return STATUS_ACTIONS.filter(
    (action) => statusActionRefusal(action, assessment, actor) === undefined,
  );
}

/** The fields one status action sets: the new status and who did it, when (in their own name). */
export function statusEdit(action: StatusAction, actor: Actor, at: number): FieldValues {
  const status = STATUS_RULES[action].to;
  if (action === 'complete') {
    return { status, completedAt: at, completedBy: actor.id, completedByName: actor.name };
  }
  if (action === 'reopen') {
    return { status, completedAt: null, completedBy: null, completedByName: null };
  }
  return { status, signedBy: actor.id, signedByName: actor.name, signedAt: at };
}

/** One thing to look at before completing; `blocking` ones prevent it. */
export interface CompletionIssue {
  code: 'no-rooms' | 'unanswered' | 'no-consent' | 'barrier-without-recommendation' | 'no-goals';
  blocking: boolean;
  message: string;
}

/** What a completion check reads: the visit and its records (tombstones are ignored). */
export interface CompletionRecords {
  visit: RecordView;
  rooms: readonly RecordView[];
  findings: readonly RecordView[];
  interventions: readonly RecordView[];
  goals: readonly RecordView[];
  checklist: Checklist | undefined;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * What is missing before the visit is completed. Only a visit with no rooms cannot be completed;
 * unanswered items, missing consent, barriers with no recommendation and no goals are warned
 * about, since a visit is often cut short and the therapist decides what is enough.
 */
export function completionIssues(records: CompletionRecords): CompletionIssue[] {
  const issues: CompletionIssue[] = [];
  const rooms = liveRecords(records.rooms).filter((room) => room.fields.skipped !== true);
  if (rooms.length === 0) {
    issues.push({ code: 'no-rooms', blocking: true, message: 'No room has been assessed.' });
  }
  const unanswered =
    records.checklist === undefined
      ? 0
      : rooms.reduce(
          (count, room) =>
            count + unansweredItems(room, records.checklist as Checklist, records.findings).length,
          0,
        );
  if (unanswered > 0) {
    const items = plural(unanswered, 'item is', 'items are');
    issues.push({ code: 'unanswered', blocking: false, message: `${items} not answered.` });
  }
  if (records.visit.fields.consentRecorded !== true) {
    issues.push({ code: 'no-consent', blocking: false, message: 'Consent is not recorded.' });
  }
  const bare = barriersWithoutRecommendation(records.findings, records.interventions);
  if (bare > 0) {
    const barriers = plural(bare, 'barrier has', 'barriers have');
    issues.push({
      code: 'barrier-without-recommendation',
      blocking: false,
      message: `${barriers} no recommendation.`,
    });
  }
  if (liveRecords(records.goals).length === 0) {
    issues.push({ code: 'no-goals', blocking: false, message: 'No goal has been recorded.' });
  }
  return issues;
}

function barriersWithoutRecommendation(
  findings: readonly RecordView[],
  interventions: readonly RecordView[],
): number {
  const recommended = new Set(
    liveRecords(interventions).map((intervention) => textField(intervention, 'findingId')),
  );
  return liveRecords(findings).filter(
    (finding) => textField(finding, 'answer') === 'barrier' && !recommended.has(finding.id),
  ).length;
}

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
  before: FieldValues;
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
 * How a visit's screens treat edits: open, locked by a sign-off, open again in an amendment, or
 * read-only for this person (a reviewer, or a therapist whose colleague did not share it).
 */
export type VisitLock = 'editable' | 'locked' | 'amending' | 'read-only';

/** The visit's lock for this person: a signed visit is locked unless they have an amendment open. */
export function visitLock(
  assessment: RecordView,
  amendments: readonly RecordView[],
  userId: string | undefined,
  role?: Role,
): VisitLock {
  if (role !== undefined && userId !== undefined && !mayEditVisit(assessment, userId, role)) {
    return 'read-only';
  }
  if (assessmentStatus(assessment) !== 'signed') return 'editable';
  if (userId === undefined) return 'locked';
  return openAmendmentOf(amendments, assessment.id, userId) === undefined ? 'locked' : 'amending';
}

/**
 * Whether the person may change the visit at all, as the server decides it: admins always;
 * therapists their own visits, those shared with the team and those nobody owns; reviewers never.
 */
export function mayEditVisit(assessment: RecordView, userId: string, role: Role): boolean {
  if (role === 'admin') return true;
  if (role !== 'therapist') return false;
  const owner = textField(assessment, 'therapistId');
  return owner === undefined || owner === userId || isFlagSet(assessment, 'sharedWithTeam');
}

/** Who may amend a signed assessment: those who write assessments (reviewers only comment). */
export function mayAmend(role: Role): boolean {
  return role === 'therapist' || role === 'admin';
}
