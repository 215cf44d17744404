// First-run setup, sign-up of further organizations, login and logout (design.md section 6).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as v from 'valibot';
import {
  type Accounts,
  type AuthenticatedUser,
  EmailTakenError,
  SetupDoneError,
} from '../auth/accounts';
import { MAX_PASSWORD_LENGTH, passwordProblem } from '../auth/passwords';
import { HttpError, parseBody } from '../http-error';

const text = (label: string, max: number) =>
  v.pipe(
    v.string(`${label} must be text.`),
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

const LoginBody = v.object({
  email: v.pipe(v.string('email must be text.'), v.maxLength(254)),
  password: v.pipe(v.string('password must be text.'), v.maxLength(MAX_PASSWORD_LENGTH)),
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

async function createAndSignIn(accounts: Accounts, body: unknown, isFirst: boolean) {
  const input = parseBody(NewOrganizationBody, body);
  const problem = passwordProblem(input.password);
  if (problem !== undefined) throw new HttpError(400, 'weak_password', problem);
  try {
    await accounts.createOrganization(input, isFirst);
  } catch (error) {
    if (error instanceof SetupDoneError)
      throw new HttpError(409, 'setup_done', 'This server is already set up; sign in instead.');
    if (error instanceof EmailTakenError)
      throw new HttpError(409, 'email_taken', 'An account with this email already exists.');
    throw error;
  }
  const session = await accounts.login(input.email, input.password);
  if (session === undefined) throw new Error('The new account could not sign in.');
  return session;
}

/** Registers /api/v1/setup, /api/v1/signup and /api/v1/auth/*. */
export function registerAccountRoutes(
  server: FastifyInstance,
  accounts: Accounts,
  signupOpen: boolean,
): void {
  server.get('/api/v1/setup', async () => ({ needed: await accounts.isSetupNeeded() }));

  server.post('/api/v1/setup', async (request, reply) => {
    if (!(await accounts.isSetupNeeded())) {
      throw new HttpError(409, 'setup_done', 'This server is already set up; sign in instead.');
    }
    return reply.code(201).send(await createAndSignIn(accounts, request.body, true));
  });

  server.post('/api/v1/signup', async (request, reply) => {
    if (!signupOpen)
      throw new HttpError(403, 'signup_closed', 'This server does not take new organizations.');
    return reply.code(201).send(await createAndSignIn(accounts, request.body, false));
  });

  server.post('/api/v1/auth/login', async (request) => {
    const { email, password } = parseBody(LoginBody, request.body);
    const session = await accounts.login(email, password);
    if (session === undefined)
      throw new HttpError(401, 'invalid_credentials', 'The email or password is not right.');
    return session;
  });

  server.post('/api/v1/auth/logout', async (request, reply) => {
    const token = bearerToken(request);
    if (token !== undefined) await accounts.logout(token);
    return reply.code(204).send();
  });

  server.get('/api/v1/auth/me', async (request) => ({
    user: await requireUser(accounts, request),
  }));
}
