// An assessment's status moves only along the review steps, and a completion or sign-off names
// the person who made it: their id as given, their name as the organization knows it.
import type { FieldValues } from './entities';
import { type Actor, assessmentStatus, statusActionBetween, statusActionProblem } from './review';
import type { WriteAttempt, WriteProblem } from './write-rules';

const COMPLETION_FIELDS = ['completedAt', 'completedBy', 'completedByName'] as const;
const SIGNATURE_FIELDS = ['signedAt', 'signedBy', 'signedByName'] as const;
const STATUS_FIELDS: readonly string[] = ['status', ...COMPLETION_FIELDS, ...SIGNATURE_FIELDS];

const problem = (code: WriteProblem['code'], message: string): WriteProblem => ({ code, message });

/** The first of `fields` that the patch gives a value (not a clearing null), if any. */
const firstValued = (set: FieldValues, fields: readonly string[]) =>
  fields.find((field) => set[field] !== undefined && set[field] !== null);

const STATUS_VALUES = ['draft', 'complete', 'signed'] as const;
type Status = (typeof STATUS_VALUES)[number];

/** The status a patch moves to: its `status` (null clears it back to a draft), else unchanged. */
function targetStatus(set: FieldValues, from: Status): Status | undefined {
  if (!Object.hasOwn(set, 'status')) return from;
  if (set.status === null) return 'draft';
  return STATUS_VALUES.find((status) => status === set.status);
}

/**
 * Checks the status part of an assessment write and returns the `set` to apply, with the
 * completer's or signer's name (and the time, if none was given) stamped by the server.
 */
export function statusProblem(
  actor: Actor,
  attempt: WriteAttempt,
): WriteProblem | { set: FieldValues } {
  const { set } = attempt;
  if (!Object.keys(set).some((field) => STATUS_FIELDS.includes(field))) return { set };
  const view = { id: attempt.id, fields: attempt.before ?? {} };
  const from = assessmentStatus(view);
  const to = targetStatus(set, from);
  if (to === undefined)
    return problem('transition', 'That is not a status an assessment can have.');
  if (from === to) {
    const written = firstValued(set, [...COMPLETION_FIELDS, ...SIGNATURE_FIELDS]);
    if (written === undefined) return { set };
    return problem('transition', `${written} is written only by marking complete or signing off.`);
  }
  const action = statusActionBetween(from, to);
  if (action === undefined) {
    const message =
      from === 'signed'
        ? 'A signed assessment stays signed; later changes are made as amendments.'
        : `An assessment goes from ${from} to ${to} only through the review steps.`;
    return problem('transition', message);
  }
  const refused = statusActionProblem(action, view, actor);
  if (refused !== undefined) return refused;
  if (action === 'complete') return stamped(actor, attempt, COMPLETION_FIELDS, SIGNATURE_FIELDS);
  if (action === 'sign') return stamped(actor, attempt, SIGNATURE_FIELDS, COMPLETION_FIELDS);
  const written = firstValued(set, [...COMPLETION_FIELDS, ...SIGNATURE_FIELDS]);
  if (written === undefined) return { set };
  return problem('transition', `Taking an assessment back to draft does not write ${written}.`);
}

/**
 * A completion or sign-off in the actor's own name: the id field (`completedBy`, `signedBy`) must
 * be theirs, the name is theirs as the server knows it, the time defaults to the edit's; the other
 * step's fields are not written alongside.
 */
function stamped(
  actor: Actor,
  attempt: WriteAttempt,
  own: typeof COMPLETION_FIELDS | typeof SIGNATURE_FIELDS,
  other: typeof COMPLETION_FIELDS | typeof SIGNATURE_FIELDS,
): WriteProblem | { set: FieldValues } {
  const [atField, byField, nameField] = own;
  const stray = firstValued(attempt.set, other);
  if (stray !== undefined) return problem('transition', `${stray} is not written in this step.`);
  const by = attempt.set[byField];
  if (by !== undefined && by !== actor.id) {
    return problem('not_author', `${byField} must be the id of the person who does it.`);
  }
  const at = attempt.set[atField];
  return {
    set: {
      ...attempt.set,
      [byField]: actor.id,
      [nameField]: actor.name,
      [atField]: typeof at === 'number' ? at : attempt.at,
    },
  };
}
