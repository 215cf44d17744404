// The account vocabulary the app and the server share: the roles, and the audit log's actions.

/** The shortest account password: the server's policy, which the admin's forms say too. */
export const MIN_PASSWORD_LENGTH = 10;
/** The longest password read (scrypt's input is bounded so a huge one cannot slow the server). */
export const MAX_PASSWORD_LENGTH = 200;

/** admin: users, settings, checklists; therapist: assessments; reviewer: read, comment, sign off. */
export const ROLES = ['admin', 'therapist', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

/** Every action the server records in its audit log. */
export const AUDIT_ACTIONS = [
  'login',
  'login_failed',
  'logout',
  'session_rotated',
  'setup',
  'signup',
  'user_created',
  'user_changed',
  'user_disabled',
  'user_password_reset',
  'assessment_signed',
  'export',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
