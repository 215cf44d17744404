// The admin API of users: list the organization's users, add one, change or disable one, reset.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as v from 'valibot';
import { ROLES } from '../../domain/accounts';
import type { AuditAction, AuditLog } from '../audit/audit-log';
import { type Accounts, type AuthenticatedUser, EmailTakenError } from '../auth/accounts';
import { passwordProblem } from '../auth/passwords';
import { requireRole } from '../auth/roles';
import { LastAdminError, UserNotFoundError, type Users } from '../auth/users';
import { HttpError, parseBody } from '../http-error';
import { PasswordField, requireUser, text } from './accounts-routes';

/** Every role, for validating role fields. */
const RoleField = v.picklist(ROLES, `role must be one of ${ROLES.join(', ')}.`);

const NewUserBody = v.object({
  name: text('name', 200),
  email: v.pipe(text('email', 254), v.email('email must be an email address.')),
  role: RoleField,
  password: PasswordField,
});

const UserChangeBody = v.pipe(
  v.strictObject({
    role: v.optional(RoleField),
    disabled: v.optional(v.boolean('disabled must be true or false.')),
    name: v.optional(text('name', 200)),
  }),
  v.check((change) => Object.keys(change).length > 0, 'Send at least one of role, disabled, name.'),
);

const PasswordBody = v.object({ password: PasswordField });

function checkPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem !== undefined) throw new HttpError(400, 'weak_password', problem);
}

/** User ids are lower-case UUIDs (randomUUID); any other path names no user. */
const USER_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The user id of the path, or a 404 before any query: PostgreSQL refuses a NUL in text with an
 * error, and no other odd id can name a user.
 */
function userIdParameter(request: FastifyRequest): string {
  const { id } = request.params as { id: string };
  if (!USER_ID_PATTERN.test(id))
    throw new HttpError(404, 'user_not_found', 'This organization has no such user.');
  return id;
}

/** Turns the users service's errors into answers. */
async function answering<Result>(work: () => Promise<Result>): Promise<Result> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UserNotFoundError)
      throw new HttpError(404, 'user_not_found', 'This organization has no such user.');
    if (error instanceof LastAdminError)
      throw new HttpError(
        409,
        'last_admin',
        'This is the last active admin: make another user an admin first.',
      );
    if (error instanceof EmailTakenError)
      throw new HttpError(409, 'email_taken', 'An account with this email already exists.');
    throw error;
  }
}

interface AdminAction {
  action: AuditAction;
  target: string;
  details?: object;
}

function recordAdminAction(
  auditLog: AuditLog,
  admin: AuthenticatedUser,
  request: FastifyRequest,
  entry: AdminAction,
): Promise<void> {
  return auditLog.record({
    organizationId: admin.organizationId,
    userId: admin.id,
    ip: request.ip,
    ...entry,
    details: { ...entry.details },
  });
}

/** Registers /api/v1/users and /api/v1/users/:id(/password). */
export function registerUserRoutes(
  server: FastifyInstance,
  accounts: Accounts,
  users: Users,
  auditLog: AuditLog,
): void {
  const signedInAdmin = async (request: FastifyRequest, doing: string) => {
    const user = await requireUser(accounts, request);
    requireRole(user, ['admin'], doing);
    return user;
  };
  const audit = (admin: AuthenticatedUser, request: FastifyRequest, entry: AdminAction) =>
    recordAdminAction(auditLog, admin, request, entry);

  server.get('/api/v1/users', async (request) => {
    const user = await requireUser(accounts, request);
    return { users: await users.list(user.organizationId) };
  });

  server.post('/api/v1/users', async (request, reply) => {
    const admin = await signedInAdmin(request, 'add users');
    const input = parseBody(NewUserBody, request.body);
    checkPassword(input.password);
    const created = await answering(() => users.create(admin.organizationId, input));
    const details = { email: created.email, role: created.role, name: created.name };
    await audit(admin, request, { action: 'user_created', target: `user/${created.id}`, details });
    return reply.code(201).send({ user: created });
  });

  server.patch('/api/v1/users/:id', async (request) => {
    const admin = await signedInAdmin(request, 'change users');
    const id = userIdParameter(request);
    const change = parseBody(UserChangeBody, request.body);
    const changed = await answering(() => users.update(admin.organizationId, id, change));
    const action = change.disabled === true ? 'user_disabled' : 'user_changed';
    await audit(admin, request, { action, target: `user/${id}`, details: change });
    return { user: changed };
  });

  server.post('/api/v1/users/:id/password', async (request, reply) => {
    const admin = await signedInAdmin(request, "reset users' passwords");
    const id = userIdParameter(request);
    const { password } = parseBody(PasswordBody, request.body);
    checkPassword(password);
    await answering(() => users.resetPassword(admin.organizationId, id, password));
    await audit(admin, request, { action: 'user_password_reset', target: `user/${id}` });
    return reply.code(204).send();
  });
}
