// Words that name their author: a comment and an amendment are written in the writer's own name,
// and only their author changes them; an amendment opens on a signed assessment, with a reason.
import type { FieldValue, FieldValues } from './entities';
import type { RecordId } from './ids';
import type { ReadFields, RecordView } from './record-view';
import { type Actor, assessmentStatus, mayAmend, mayEditVisit } from './review';
import type { WriteAttempt, WriteProblem, WriteScene } from './write-rules';

const problem = (code: WriteProblem['code'], message: string): WriteProblem => ({ code, message });

/** Fields fixed when a record is written first: where it belongs and whose it is. */
const COMMENT_FIXED = ['assessmentId', 'targetEntity', 'targetId', 'authorId'] as const;
const AMENDMENT_FIXED = ['assessmentId', 'authorId', 'startedAt'] as const;

const sameValue = (left: FieldValue | undefined, right: FieldValue | undefined) =>
  JSON.stringify(left ?? null) === JSON.stringify(right ?? null);

/** The first fixed field the patch would change on an existing record, if any. */
function changedFixed(attempt: WriteAttempt, fixed: readonly string[]): string | undefined {
  const { before, set } = attempt;
  if (before === undefined) return undefined;
  return fixed.find((field) => Object.hasOwn(set, field) && !sameValue(before[field], set[field]));
}

/**
 * A new record in the actor's own name: `authorId` is theirs (given or stamped) and `authorName`
 * is their name as the server knows it; an existing one keeps its author.
 */
function authored(
  actor: Actor,
  attempt: WriteAttempt,
  label: string,
): WriteProblem | { set: FieldValues } {
  const { before, set } = attempt;
  if (before !== undefined) {
    if (before.authorId !== actor.id) {
      return problem('not_author', `Only the person who wrote this ${label} changes it.`);
    }
    return { set: Object.hasOwn(set, 'authorName') ? { ...set, authorName: actor.name } : set };
  }
  if (set.authorId !== undefined && set.authorId !== actor.id) {
    return problem('not_author', `A ${label} is written in its writer's own name.`);
  }
  return { set: { ...set, authorId: actor.id, authorName: actor.name } };
}

/**
 * Anyone in the organization may comment on any assessment, signed or not, and mark a comment
 * resolved; only its author changes its words or removes it, and it stays where it was written.
 */
export function commentProblem(
  actor: Actor,
  attempt: WriteAttempt,
): WriteProblem | { set: FieldValues } {
  const { before, set } = attempt;
  const isResolvingOnly = Object.keys(set).every((field) => field === 'resolved');
  if (before !== undefined && isResolvingOnly) return { set };
  const moved = changedFixed(attempt, COMMENT_FIXED);
  if (moved !== undefined) {
    return problem('not_author', `A comment keeps its ${moved}; write a new comment instead.`);
  }
  return authored(actor, attempt, 'comment');
}

/** True when the amendment already recorded changes, so removing it would hide them. */
const hasRecordedChanges = (fields: ReadFields) =>
  Array.isArray(fields.changes) && fields.changes.length > 0;

function reasonProblem(attempt: WriteAttempt): WriteProblem | undefined {
  const { before, set } = attempt;
  const reason = Object.hasOwn(set, 'reason') ? set.reason : before?.reason;
  if (typeof reason === 'string' && reason.trim() !== '') return undefined;
  return problem('required', 'An amendment needs a reason.');
}

/** An amendment opens on a signed assessment that the actor may change. */
function openingProblem(
  actor: Actor,
  assessment: RecordView | undefined,
): WriteProblem | undefined {
  if (!mayAmend(actor.role)) {
    return problem('forbidden', `A ${actor.role} may not amend an assessment.`);
  }
  if (assessment === undefined || assessmentStatus(assessment) !== 'signed') {
    return problem('transition', 'An amendment is opened only on a signed assessment.');
  }
  if (!mayEditVisit(assessment, actor.id, actor.role)) {
    return problem('not_owner', 'This assessment belongs to another therapist and is not shared.');
  }
  return undefined;
}

/**
 * An amendment is opened by someone who may change its signed assessment, with a reason; only
 * its author changes it, and only while it is open. Its `changes` are written by the server, as
 * each edit made under it is applied.
 */
export function amendmentProblem(
  actor: Actor,
  attempt: WriteAttempt,
  assessmentIds: readonly RecordId[],
  scene: WriteScene,
): WriteProblem | { set: FieldValues } {
  const { before, set } = attempt;
  const givesChanges =
    Object.hasOwn(set, 'changes') && !(before === undefined && sameValue(set.changes, []));
  if (givesChanges) {
    return problem('read_only_field', "The server records an amendment's changes itself.");
  }
  if (before !== undefined && typeof before.closedAt === 'number') {
    return problem('signed', 'This amendment is finished; open a new one to change more.');
  }
  const moved = changedFixed(attempt, AMENDMENT_FIXED);
  if (moved !== undefined) return problem('forbidden', `An amendment keeps its ${moved}.`);
  if (set.deleted === true && before !== undefined && hasRecordedChanges(before)) {
    return problem('signed', 'An amendment that recorded changes is kept; finish it instead.');
  }
  if (before === undefined) {
    const [assessmentId] = assessmentIds;
    const assessment =
      assessmentId === undefined ? undefined : scene.lookup('assessment', assessmentId);
    const refused = openingProblem(actor, assessment);
    if (refused !== undefined) return refused;
  }
  const result = authored(actor, attempt, 'amendment');
  if ('code' in result) return result;
  const missing = set.deleted === true ? undefined : reasonProblem(attempt);
  if (missing !== undefined) return missing;
  if (before !== undefined) return result;
  const startedAt = typeof set.startedAt === 'number' ? set.startedAt : attempt.at;
  return { set: { ...result.set, startedAt, changes: [] } };
}
