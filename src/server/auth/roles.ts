// What each role may do: admin (users, settings, checklists), therapist (assessments), reviewer.
import { type EntityName, isAssessmentPart } from '../../domain/entities';
import { HttpError } from '../http-error';
import type { AuthenticatedUser, Role } from './accounts';

/** The assessment fields a reviewer may write: signing off and the status it sets. */
export const REVIEWER_ASSESSMENT_FIELDS: readonly string[] = [
  'status',
  'signedBy',
  'signedByName',
  'signedAt',
];

/** Fields that name the user who wrote them: a device may only write its own user's id there. */
const SIGNATURE_FIELDS: Partial<Record<EntityName, readonly string[]>> = {
  assessment: ['signedBy', 'completedBy'],
  comment: ['authorId'],
  amendment: ['authorId'],
};

/** Why the patch may not set these values, or undefined: nobody signs in another person's name. */
export function signatureForbiddenReason(
  userId: string,
  entity: EntityName,
  set: Readonly<Record<string, unknown>>,
): string | undefined {
  for (const field of SIGNATURE_FIELDS[entity] ?? []) {
    const value = set[field];
    if (value !== undefined && value !== null && value !== userId) {
      return `${entity}.${field} must be the id of the user who writes it.`;
    }
  }
  return undefined;
}

/** The parts of an assessment only those who may change it write; comments are open to all. */
const isOwnedPart = (entity: EntityName) => isAssessmentPart(entity) && entity !== 'comment';

/** The assessment a patch writes to: the assessment itself, or the one its record belongs to. */
export function assessmentOfPatch(
  entity: EntityName,
  id: string,
  set: Readonly<Record<string, unknown>>,
  current: { fields: Readonly<Record<string, unknown>> } | undefined,
): string | undefined {
  if (entity === 'assessment') return id;
  if (!isOwnedPart(entity)) return undefined;
  const assessmentId = set.assessmentId ?? current?.fields.assessmentId;
  return typeof assessmentId === 'string' ? assessmentId : undefined;
}

/**
 * Why a therapist may not write to this assessment, or undefined: a therapist writes their own
 * assessments (`therapistId`), those their colleague shared with the team, and those nobody owns
 * yet; only the owner shares or unshares, and only an admin hands an assessment to someone else.
 */
export function assessmentAccessForbiddenReason(
  role: Role,
  userId: string,
  assessment: { fields: Readonly<Record<string, unknown>> } | undefined,
  patch: { entity: EntityName; set: Readonly<Record<string, unknown>> },
): string | undefined {
  if (role !== 'therapist') return undefined;
  const owner = assessment?.fields.therapistId;
  const isOwner = owner === undefined || owner === null || owner === userId;
  if (!isOwner && assessment?.fields.sharedWithTeam !== true) {
    return 'This assessment belongs to another therapist and is not shared with the team.';
  }
  if (patch.entity !== 'assessment') return undefined;
  const handedTo = patch.set.therapistId;
  if (handedTo !== undefined && (handedTo !== userId || !isOwner)) {
    return 'Only an admin may hand an assessment to another therapist.';
  }
  if (!isOwner && patch.set.sharedWithTeam !== undefined) {
    return "Only the assessment's own therapist may share or unshare it.";
  }
  return undefined;
}

/** Throws 403 `forbidden` unless the user has one of the roles. */
export function requireRole(user: AuthenticatedUser, roles: readonly Role[], doing: string): void {
  if (!roles.includes(user.role)) {
    throw new HttpError(403, 'forbidden', `A ${user.role} may not ${doing}.`);
  }
}

/**
 * Why the role may not push this patch, or undefined when it may. Reviewers write comments and
 * sign off; only admins import checklists.
 */
export function patchForbiddenReason(
  role: Role,
  entity: EntityName,
  fields: readonly string[],
): string | undefined {
  if (role === 'admin') return undefined;
  if (role === 'therapist') {
    return entity === 'checklist' ? 'Only an admin may import or change checklists.' : undefined;
  }
  if (entity === 'comment') return undefined;
  if (entity === 'assessment') {
    const others = fields.filter((field) => !REVIEWER_ASSESSMENT_FIELDS.includes(field));
    if (others.length === 0) return undefined;
    return `A reviewer may only sign off an assessment, not change ${others.join(', ')}.`;
  }
  return `A reviewer may only write comments and sign-offs, not ${entity} records.`;
}
