// First-run setup, sign-up of further organizations, login and logout (design.md section 6).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as v from 'valibot';
import { MAX_PASSWORD_LENGTH } from '../../domain/accounts';
import { type AuditLog, NO_ORGANIZATION } from '../audit/audit-log';
import {
  type Accounts,
  type AuthenticatedUser,
  EmailTakenError,
  normalizeEmail,
  SetupDoneError,
} from '../auth/accounts';
import type { AttemptKeys, LoginLimiter, Reservation } from '../auth/login-limiter';
import { passwordProblem } from '../auth/passwords';
import { HttpError, parseBody } from '../http-error';

/** Refuses the NUL character, which PostgreSQL cannot store in text and never belongs in a form. */
export const withoutNul = (label: string) =>
  v.check(
    (value: string) => !value.includes('\u0000'),
    `${label} must not contain the NUL character.`,
  );

/** A required text of at most `max` characters, trimmed first. */
export const text = (label: string, max: number) =>
  v.pipe(
    v.string(`${label} must be text.`),
    withoutNul(label),
    v.trim(),
    v.minLength(1, `${label} is required.`),
    v.maxLength(max, `${label} may have at most ${max} characters.`),
  );

const NewOrganizationBody = v.object({
  organization: text('organization', 200),
  name: text('name', 200),
  email: v.pipe(text('email', 254), v.email('email must be an email address.')),
  password: v.pipe(v.string('password must be text.'), v.maxLength(MAX_PASSWORD_LENGTH)),
});

/** A new password, checked against the policy after parsing. */
export const PasswordField = v.pipe(
  v.string('password must be text.'),
  withoutNul('password'),
  v.maxLength(MAX_PASSWORD_LENGTH),
);

const LoginBody = v.object({
  email: v.pipe(v.string('email must be text.'), withoutNul('email'), v.maxLength(254)),
  password: v.pipe(
    v.string('password must be text.'),
    withoutNul('password'),
    v.maxLength(MAX_PASSWORD_LENGTH),
  ),
});

/** The bearer token of a request, if it has one. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined || !header.startsWith('Bearer ')) return undefined;
  const token = header.slice('Bearer '.length).trim();
  return token === '' ? undefined : token;
}

/** The signed-in user of a request, or a 401. */
export async function requireUser(
  accounts: Accounts,
  request: FastifyRequest,
): Promise<AuthenticatedUser> {
  const token = bearerToken(request);
  const user = token === undefined ? undefined : await accounts.authenticate(token);
  if (user === undefined) {
    throw new HttpError(
      401,
      'unauthenticated',
      'Sign in again: the session is missing, expired or ended.',
    );
  }
  return user;
}

/** The services the account routes use. */
export interface AccountServices {
  accounts: Accounts;
  limiter: LoginLimiter;
  auditLog: AuditLog;
}

/** Counts the attempt before anything is checked, or refuses it with 429 when a limit is full. */
async function reserveAttempt(limiter: LoginLimiter, keys: AttemptKeys): Promise<Reservation> {
  const result = await limiter.reserve(keys);
  if (result.granted) return result.reservation;
  const seconds = result.retryAfterSeconds;
  throw new HttpError(
    429,
    'too_many_attempts',
    `Too many attempts; try again in ${Math.ceil(seconds / 60)} minutes.`,
    { 'retry-after': String(seconds) },
  );
}

async function createAndSignIn(
  services: AccountServices,
  request: FastifyRequest,
  isFirst: boolean,
) {
  const { accounts, limiter, auditLog } = services;
  await reserveAttempt(limiter, { address: request.ip });
  const input = parseBody(NewOrganizationBody, request.body);
  const problem = passwordProblem(input.password);
  if (problem !== undefined) throw new HttpError(400, 'weak_password', problem);
  let admin: AuthenticatedUser;
  try {
    admin = await accounts.createOrganization(input, isFirst);
  } catch (error) {
    if (error instanceof SetupDoneError)
      throw new HttpError(409, 'setup_done', 'This server is already set up; sign in instead.');
    if (error instanceof EmailTakenError)
      throw new HttpError(409, 'email_taken', 'An account with this email already exists.');
    throw error;
  }
  await auditLog.record({
    organizationId: admin.organizationId,
    userId: admin.id,
    action: isFirst ? 'setup' : 'signup',
    target: `user/${admin.id}`,
    ip: request.ip,
    details: { organization: input.organization, email: admin.email },
  });
  const session = await accounts.login(input.email, input.password);
  if (session === undefined) throw new Error('The new account could not sign in.');
  return session;
}

async function logIn(services: AccountServices, request: FastifyRequest) {
  const { accounts, limiter, auditLog } = services;
  const { email, password } = parseBody(LoginBody, request.body);
  const keys = { account: email, address: request.ip };
  const reservation = await reserveAttempt(limiter, keys);
  const session = await accounts.login(email, password);
  if (session === undefined) {
    // The reservation stays: it is this failure's count.
    const account = await accounts.accountOfEmail(email);
    await auditLog.record({
      organizationId: account?.organizationId ?? NO_ORGANIZATION,
      userId: account?.userId ?? null,
      action: 'login_failed',
      ip: request.ip,
      details: { email: normalizeEmail(email) },
    });
    throw new HttpError(401, 'invalid_credentials', 'The email or password is not right.');
  }
  await limiter.release(email, reservation);
  const { user } = session;
  await auditLog.record({
    organizationId: user.organizationId,
    userId: user.id,
    action: 'login',
    ip: request.ip,
  });
  return session;
}

/** Registers /api/v1/setup, /api/v1/signup and /api/v1/auth/*. */
export function registerAccountRoutes(
  server: FastifyInstance,
  services: AccountServices,
  signupOpen: boolean,
): void {
  const { accounts, auditLog } = services;
  server.get('/api/v1/setup', async () => ({ needed: await accounts.isSetupNeeded() }));

  server.post('/api/v1/setup', async (request, reply) => {
    if (!(await accounts.isSetupNeeded())) {
      throw new HttpError(409, 'setup_done', 'This server is already set up; sign in instead.');
    }
    return reply.code(201).send(await createAndSignIn(services, request, true));
  });

  server.post('/api/v1/signup', async (request, reply) => {
    if (!signupOpen)
      throw new HttpError(403, 'signup_closed', 'This server does not take new organizations.');
    return reply.code(201).send(await createAndSignIn(services, request, false));
  });

  server.post('/api/v1/auth/login', async (request) => logIn(services, request));

  server.post('/api/v1/auth/logout', async (request, reply) => {
    const token = bearerToken(request);
    const user = token === undefined ? undefined : await accounts.logout(token);
    if (user !== undefined) {
      const entry = { organizationId: user.organizationId, userId: user.id, ip: request.ip };
      await auditLog.record({ ...entry, action: 'logout' });
    }
    return reply.code(204).send();
  });

  server.get('/api/v1/auth/me', async (request) => ({
    user: await requireUser(accounts, request),
  }));
}
