// Organizations, users and sessions: first-run setup, sign-up, login and bearer-token checks.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Schema, UsersTable } from '../db/schema';
import { hashPassword, verifyPassword } from './passwords';

export type Role = UsersTable['role'];

export interface AuthenticatedUser {
  id: string;
  organizationId: string;
  email: string;
  name: string;
  role: Role;
}

export interface NewOrganization {
  organization: string;
  name: string;
  email: string;
  password: string;
}

/** Sessions last 30 days so a therapist can work offline for days and still sync afterwards. */
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
const TOKEN_BYTES = 32;

export class EmailTakenError extends Error {
  override name = 'EmailTakenError';
}

export class SetupDoneError extends Error {
  override name = 'SetupDoneError';
}

/** The SHA-256 of a token, as sessions store it. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Emails are compared trimmed and in lower case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function toUser(row: Pick<UsersTable, 'id' | 'organization_id' | 'email' | 'name' | 'role'>) {
  return {
    id: row.id,
    organizationId: row.organization_id,
    email: row.email,
    name: row.name,
    role: row.role,
  };
}

/** The accounts service over the database; `now` is injected so tests control expiry. */
export function createAccounts(db: Kysely<Schema>, now: () => number = Date.now) {
  let unknownUserHash: Promise<string> | undefined;

  async function isSetupNeeded(): Promise<boolean> {
    const row = await db.selectFrom('organizations').select('id').limit(1).executeTakeFirst();
    return row === undefined;
  }

  /**
   * Creates an organization and its first admin; throws EmailTakenError if the email exists, and
   * SetupDoneError when `isFirst` is asked for and an organization already exists.
   */
  async function createOrganization(
    input: NewOrganization,
    isFirst: boolean,
  ): Promise<AuthenticatedUser> {
    const passwordHash = await hashPassword(input.password);
    const email = normalizeEmail(input.email);
    const organizationId = randomUUID();
    const user = {
      id: randomUUID(),
      organization_id: organizationId,
      email,
      name: input.name.trim(),
      role: 'admin' as const,
    };
    await db.transaction().execute(async (transaction) => {
      if (isFirst) {
        const existing = await transaction
          .selectFrom('organizations')
          .select('id')
          .limit(1)
          .executeTakeFirst();
        if (existing !== undefined) throw new SetupDoneError();
      }
      const taken = await transaction
        .selectFrom('users')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirst();
      if (taken !== undefined) throw new EmailTakenError(email);
      await transaction
        .insertInto('organizations')
        .values({ id: organizationId, name: input.organization.trim(), created_at: now() })
        .execute();
      await transaction
        .insertInto('users')
        .values({ ...user, password_hash: passwordHash, created_at: now() })
        .execute();
    });
    return toUser(user);
  }

  /** Checks the credentials; an unknown email and a wrong password take as long and look alike. */
  async function login(
    email: string,
    password: string,
  ): Promise<{ token: string; user: AuthenticatedUser } | undefined> {
    const row = await db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', normalizeEmail(email))
      .executeTakeFirst();
    if (row === undefined || row.disabled !== 0) {
      unknownUserHash ??= hashPassword(randomBytes(24).toString('hex'));
      await verifyPassword(password, await unknownUserHash);
      return undefined;
    }
    if (!(await verifyPassword(password, row.password_hash))) return undefined;
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    await db
      .insertInto('sessions')
      .values({
        token_hash: hashToken(token),
        organization_id: row.organization_id,
        user_id: row.id,
        created_at: now(),
        expires_at: now() + SESSION_LIFETIME_MS,
        revoked_at: null,
      })
      .execute();
    return { token, user: toUser(row) };
  }

  /** The user a bearer token belongs to, if the session is live and the user enabled. */
  async function authenticate(token: string): Promise<AuthenticatedUser | undefined> {
    const row = await db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([
        'users.id',
        'users.organization_id',
        'users.email',
        'users.name',
        'users.role',
        'users.disabled',
      ])
      .select(['sessions.expires_at', 'sessions.revoked_at'])
      .where('sessions.token_hash', '=', hashToken(token))
      .executeTakeFirst();
    if (
      row === undefined ||
      row.revoked_at !== null ||
      row.expires_at <= now() ||
      row.disabled !== 0
    ) {
      return undefined;
    }
    return toUser(row);
  }

  /** Ends the session of this token and returns whose it was, if it was live. */
  async function logout(token: string): Promise<AuthenticatedUser | undefined> {
    const user = await authenticate(token);
    await db
      .updateTable('sessions')
      .set({ revoked_at: now() })
      .where('token_hash', '=', hashToken(token))
      .execute();
    return user;
  }

  /** The account an email belongs to, for filing a failed login under its organization. */
  async function accountOfEmail(
    email: string,
  ): Promise<{ organizationId: string; userId: string } | undefined> {
    const row = await db
      .selectFrom('users')
      .select(['id', 'organization_id'])
      .where('email', '=', normalizeEmail(email))
      .executeTakeFirst();
    return row === undefined ? undefined : { organizationId: row.organization_id, userId: row.id };
  }

  return { isSetupNeeded, createOrganization, login, authenticate, logout, accountOfEmail };
}

export type Accounts = ReturnType<typeof createAccounts>;

/**
 * Token rotation: a live token is exchanged for a new one and revoked in the same transaction.
 * The successor keeps the old session's expiry, so rotating never makes a session outlive the
 * absolute lifetime set at sign-in (OWASP Session Management Cheat Sheet: absolute timeout).
 */
export function createSessionRotation(db: Kysely<Schema>, now: () => number = Date.now) {
  /** The new token, or undefined if the old one was not live (expired, revoked, rotated). */
  async function rotate(token: string): Promise<string | undefined> {
    const next = randomBytes(TOKEN_BYTES).toString('base64url');
    return db.transaction().execute(async (transaction) => {
      const at = now();
      // The update is the claim: of two concurrent rotations of one token only one changes a row
      // (PostgreSQL re-checks `revoked_at` after the other's commit; SQLite has one writer).
      const revoked = await transaction
        .updateTable('sessions')
        .set({ revoked_at: at })
        .where('token_hash', '=', hashToken(token))
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', at)
        .returning(['organization_id', 'user_id', 'expires_at'])
        .executeTakeFirst();
      if (revoked === undefined) return undefined;
      await transaction
        .insertInto('sessions')
        .values({
          token_hash: hashToken(next),
          organization_id: revoked.organization_id,
          user_id: revoked.user_id,
          created_at: at,
          expires_at: Number(revoked.expires_at),
          revoked_at: null,
        })
        .execute();
      return next;
    });
  }
  return { rotate };
}

export type SessionRotation = ReturnType<typeof createSessionRotation>;
