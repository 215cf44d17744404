// Which roles may call which routes. What each role may write in records is judged per patch by
// the shared write rules (src/domain/write-rules.ts), in the sync service.
import { HttpError } from '../http-error';
import type { AuthenticatedUser, Role } from './accounts';

/** Throws 403 `forbidden` unless the user has one of the roles. */
export function requireRole(user: AuthenticatedUser, roles: readonly Role[], doing: string): void {
  if (!roles.includes(user.role)) {
    throw new HttpError(403, 'forbidden', `A ${user.role} may not ${doing}.`);
  }
}
