// What each role may do: admin (users, settings, checklists), therapist (assessments), reviewer.
import type { EntityName } from '../../domain/entities';
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
