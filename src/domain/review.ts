// Review and sign-off: an assessment's status and who may change it, what is still open before it
// is completed, and whether a visit is open, locked by its sign-off, or being amended.
import type { Role } from './accounts';
import { openAmendmentOf } from './amendments';
import type { Checklist } from './checklist';
import type { FieldValues } from './entities';
import { isFlagSet, liveRecords, type RecordView, textField } from './record-view';
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

/** Why a status action is refused: the wrong status, the wrong role, or signing one's own visit. */
export interface StatusProblem {
  code: 'transition' | 'forbidden' | 'own_sign_off';
  message: string;
}

/**
 * Why the actor may not take this action now, or undefined when they may.
 * A sign-off is a second pair of eyes: a therapist may sign a colleague's assessment (a clinic
 * without reviewers reviews peer to peer) but not one they carried out or completed, where "Mark
 * complete" is already their own attestation. An admin may sign any: the organization's
 * accountable person, and for a sole practitioner the only one who can close the record.
 */
export function statusActionProblem(
  action: StatusAction,
  assessment: RecordView,
  actor: Actor,
): StatusProblem | undefined {
  const rule = STATUS_RULES[action];
  const status = assessmentStatus(assessment);
  if (status !== rule.from) {
    const message =
      status === 'signed'
        ? 'This assessment is signed off; later changes are made as amendments.'
        : `This needs a ${rule.from} assessment; this one is ${status}.`;
    return { code: 'transition', message };
  }
  if (!rule.roles.includes(actor.role)) {
    return { code: 'forbidden', message: `A ${actor.role} may not do this.` };
  }
  if (action === 'sign' && actor.role === 'therapist' && isOwnAssessment(assessment, actor)) {
    const message =
      'Another person signs off an assessment; yours waits for a reviewer or a colleague.';
    return { code: 'own_sign_off', message };
  }
  return undefined;
}

/** Why the actor may not take this action now, in words, or undefined when they may. */
export function statusActionRefusal(
  action: StatusAction,
  assessment: RecordView,
  actor: Actor,
): string | undefined {
  return statusActionProblem(action, assessment, actor)?.message;
}

/** The action that moves an assessment from one status to another, or undefined if none does. */
export function statusActionBetween(
  from: AssessmentStatus,
  to: AssessmentStatus,
): StatusAction | undefined {
  return STATUS_ACTIONS.find(
    (action) => STATUS_RULES[action].from === from && STATUS_RULES[action].to === to,
  );
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
