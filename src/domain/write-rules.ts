// Who may write what: roles, ownership by the record's assessment, the sign-off lock and its
// amendments, status moves and authorship. The server judges every patch by these rules before it
// merges it; the device's screens ask the same rules (review.ts) so people are not surprised.
import type { Role } from './accounts';
import { openAmendmentOf } from './amendments';
import type { EntityName, FieldValues } from './entities';
import type { RecordId } from './ids';
import { measuresProblem } from './mobility-measures';
import { assessmentsOfRecord, fieldsAfter, type RecordLookup } from './record-ownership';
import type { ReadFields, RecordView } from './record-view';
import { type Actor, assessmentStatus, mayAmend, mayEditVisit } from './review';
import { amendmentProblem, commentProblem } from './write-rules-authorship';
import { statusProblem } from './write-rules-status';

/** Why a write is refused, as the device shows it and a program reads it. */
export type WriteRuleCode =
  | 'forbidden'
  | 'not_owner'
  | 'signed'
  | 'transition'
  | 'own_sign_off'
  | 'not_author'
  | 'required'
  | 'inconsistent'
  | 'read_only_field';

export interface WriteProblem {
  code: WriteRuleCode;
  message: string;
}

/** One write as the server receives it: the record's fields before (undefined if new) and `set`. */
export interface WriteAttempt {
  entity: EntityName;
  id: RecordId;
  before: ReadFields | undefined;
  set: FieldValues;
  /** When the edit was made (device clock, ms); stamps a sign-off that names no time. */
  at: number;
}

/** What the judge may look at: stored records (parents, assessments) and amendments. */
export interface WriteScene {
  lookup: RecordLookup;
  /** The amendments of an assessment (any author, open or finished). */
  amendmentsOf: (assessmentId: RecordId) => readonly RecordView[];
}

/**
 * A write that may go ahead, with `set` as it is to be applied (the writer's own id and name
 * stamped where the record names its author) and, for a signed assessment, the writer's open
 * amendment that must record the change.
 */
export type WriteVerdict =
  | { ok: true; set: FieldValues; amendment?: RecordView }
  | ({ ok: false } & WriteProblem);

/** Assessment fields that change nothing clinical: where a device left the walk, and sharing. */
const LOCK_FREE_FIELDS: readonly string[] = ['currentRoomId', 'currentItemId', 'sharedWithTeam'];
/** The assessment fields a reviewer (or a therapist signing a colleague's visit) writes. */
export const SIGN_OFF_FIELDS: readonly string[] = [
  'status',
  'signedBy',
  'signedByName',
  'signedAt',
];

const refuse = (code: WriteRuleCode, message: string): WriteVerdict => ({
  ok: false,
  code,
  message,
});
const problem = (code: WriteRuleCode, message: string): WriteProblem => ({ code, message });

const isSignOffOnly = (entity: EntityName, set: FieldValues) =>
  entity === 'assessment' && Object.keys(set).every((field) => SIGN_OFF_FIELDS.includes(field));

/**
 * Why the role may not write this entity's fields at all, or undefined. Reviewers comment, sign
 * off and keep their own settings; only admins import checklists.
 */
export function roleProblem(
  role: Role,
  entity: EntityName,
  set: FieldValues,
): WriteProblem | undefined {
  if (role === 'admin') return undefined;
  if (entity === 'checklist')
    return problem('forbidden', 'Only an admin may import or change checklists.');
  if (role === 'therapist') return undefined;
  if (entity === 'comment' || entity === 'setting' || entity === 'conflict') return undefined;
  if (entity === 'assessment') {
    const others = Object.keys(set).filter((field) => !SIGN_OFF_FIELDS.includes(field));
    if (others.length === 0) return undefined;
    return problem(
      'forbidden',
      `A reviewer may only sign off an assessment, not change ${others.join(', ')}.`,
    );
  }
  return problem(
    'forbidden',
    `A reviewer may only write comments and sign-offs, not ${entity} records.`,
  );
}

/** Organization settings are the admins'; a person's own settings are theirs alone. */
function settingProblem(actor: Actor, fields: ReadFields | undefined): WriteProblem | undefined {
  if (fields === undefined) return undefined;
  if (fields.scope === 'user' && fields.userId === actor.id) return undefined;
  if (fields.scope === 'user')
    return problem('forbidden', "A person's own settings are theirs to change.");
  if (actor.role === 'admin') return undefined;
  return problem('forbidden', "Only an admin may change the organization's settings.");
}

/**
 * Why a therapist may not write to this assessment, or undefined: a therapist writes their own
 * assessments (`therapistId`), those a colleague shared with the team, and those nobody owns yet;
 * only the owner shares or unshares, and only an admin hands an assessment to someone else. Any
 * therapist may sign off a colleague's completed visit (statusProblem judges that).
 */
function accessProblem(
  actor: Actor,
  assessment: RecordView | undefined,
  attempt: WriteAttempt,
): WriteProblem | undefined {
  if (actor.role !== 'therapist') return undefined;
  if (assessment !== undefined && !mayEditVisit(assessment, actor.id, actor.role)) {
    if (isSignOffOnly(attempt.entity, attempt.set)) return undefined;
    return problem(
      'not_owner',
      'This assessment belongs to another therapist and is not shared with the team.',
    );
  }
  if (attempt.entity !== 'assessment') return undefined;
  const owner = assessment?.fields.therapistId;
  const isOwner = owner === undefined || owner === null || owner === actor.id;
  const handedTo = attempt.set.therapistId;
  if (handedTo !== undefined && (handedTo !== actor.id || !isOwner)) {
    return problem('not_owner', 'Only an admin may hand an assessment to another therapist.');
  }
  if (!isOwner && attempt.set.sharedWithTeam !== undefined) {
    return problem('not_owner', "Only the assessment's own therapist may share or unshare it.");
  }
  return undefined;
}

/**
 * Why a signed assessment refuses this write, or the person's open amendment that lets it in.
 * Comments and amendments have rules of their own; the visit's place on a device and its sharing
 * are not part of the record.
 */
function lockOf(
  actor: Actor,
  assessment: RecordView,
  attempt: WriteAttempt,
  scene: WriteScene,
): WriteProblem | { amendment: RecordView } | undefined {
  if (assessmentStatus(assessment) !== 'signed') return undefined;
  if (attempt.entity === 'assessment') {
    if (attempt.set.deleted !== undefined) {
      return problem('signed', 'A signed assessment is kept; it cannot be deleted.');
    }
    const locked = Object.keys(attempt.set).filter((field) => !LOCK_FREE_FIELDS.includes(field));
    if (locked.length === 0) return undefined;
  }
  const amendment = mayAmend(actor.role)
    ? openAmendmentOf(scene.amendmentsOf(assessment.id as RecordId), assessment.id, actor.id)
    : undefined;
  if (amendment === undefined) {
    return problem(
      'signed',
      'This assessment is signed off; open an amendment, with its reason, to change it.',
    );
  }
  return { amendment };
}

/** The assessment record to judge by: the record itself for an assessment, else a stored one. */
function assessmentView(
  id: RecordId,
  attempt: WriteAttempt,
  scene: WriteScene,
): RecordView | undefined {
  if (attempt.entity === 'assessment' && attempt.id === id) {
    return attempt.before === undefined ? undefined : { id, fields: attempt.before };
  }
  return scene.lookup('assessment', id);
}

/** Ownership and the sign-off lock of every assessment the write touches (two for a move). */
function assessmentsVerdict(
  actor: Actor,
  attempt: WriteAttempt,
  assessmentIds: readonly RecordId[],
  scene: WriteScene,
): WriteProblem | { amendment?: RecordView } {
  let amendment: RecordView | undefined;
  const views = assessmentIds.map((id) => assessmentView(id, attempt, scene));
  for (const assessment of views) {
    const denied = accessProblem(actor, assessment, attempt);
    if (denied !== undefined) return denied;
    if (assessment === undefined) continue;
    const lock = lockOf(actor, assessment, attempt, scene);
    if (lock !== undefined && 'code' in lock) return lock;
    if (lock !== undefined && assessmentIds.length > 1) {
      return problem('signed', 'A record of a signed assessment is not moved to another one.');
    }
    amendment = lock?.amendment ?? amendment;
  }
  return amendment === undefined ? {} : { amendment };
}

/** The assessments a write touches: the record's before the write and after it. */
function touchedAssessments(attempt: WriteAttempt, scene: WriteScene): WriteProblem | RecordId[] {
  const { entity, id, before, set } = attempt;
  const after = assessmentsOfRecord(entity, id, fieldsAfter(before, set), scene.lookup);
  if (after.length > 1) {
    return problem('not_owner', `This ${entity} points at records of different assessments.`);
  }
  const earlier = before === undefined ? [] : assessmentsOfRecord(entity, id, before, scene.lookup);
  return [...new Set([...earlier, ...after])];
}

/**
 * Judges one write by `actor`: undefined-free verdict with the `set` to apply. Every rule that
 * protects a record is here, so the server refuses a raw patch that breaks one.
 */
export function judgeWrite(actor: Actor, attempt: WriteAttempt, scene: WriteScene): WriteVerdict {
  const { entity, before, set } = attempt;
  const byRole = roleProblem(actor.role, entity, set);
  if (byRole !== undefined) return refuse(byRole.code, byRole.message);
  if (entity === 'setting') {
    const denied = settingProblem(actor, before) ?? settingProblem(actor, fieldsAfter(before, set));
    return denied === undefined ? { ok: true, set } : refuse(denied.code, denied.message);
  }
  const touched = touchedAssessments(attempt, scene);
  if (!Array.isArray(touched)) return refuse(touched.code, touched.message);
  if (entity === 'comment') return verdictOf(commentProblem(actor, attempt));
  if (entity === 'amendment') return verdictOf(amendmentProblem(actor, attempt, touched, scene));
  const status = entity === 'assessment' ? statusProblem(actor, attempt) : { set };
  if ('code' in status) return refuse(status.code, status.message);
  const measures = entity === 'assessment' ? measuresProblem(fieldsAfter(before, set)) : undefined;
  if (measures !== undefined) return refuse('inconsistent', measures);
  const verdict = assessmentsVerdict(actor, { ...attempt, set: status.set }, touched, scene);
  if ('code' in verdict) return refuse(verdict.code, verdict.message);
  return { ok: true, set: status.set, ...verdict };
}

function verdictOf(result: WriteProblem | { set: FieldValues }): WriteVerdict {
  return 'code' in result ? refuse(result.code, result.message) : { ok: true, set: result.set };
}
