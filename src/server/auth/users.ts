// An organization's users as its admins manage them: list, add, change role or name, disable, reset.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DatabaseKind } from '../db/migrations';
import type { Schema, UsersTable } from '../db/schema';
import { EmailTakenError, normalizeEmail, type Role } from './accounts';
import { hashPassword } from './passwords';

/** A user as the admin API shows it. */
export interface UserAccount {
  id: string;
  organizationId: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: number;
}

export interface NewUser {
  name: string;
  email: string;
  role: Role;
  password: string;
}

export interface UserChange {
  role?: Role;
  disabled?: boolean;
  name?: string;
}

export class UserNotFoundError extends Error {
  override name = 'UserNotFoundError';
}

/** The change would leave the organization without an enabled admin. */
export class LastAdminError extends Error {
  override name = 'LastAdminError';
}

function toAccount(row: Omit<UsersTable, 'password_hash' | 'disabled'> & { disabled: number }) {
  return {
    id: row.id,
    organizationId: row.organization_id,
    email: row.email,
    name: row.name,
    role: row.role,
    disabled: row.disabled !== 0,
    createdAt: row.created_at,
  };
}

const ACCOUNT_COLUMNS = [
  'id',
  'organization_id',
  'email',
  'name',
  'role',
  'disabled',
  'created_at',
] as const;

/** The users service; every call is scoped to the caller's organization. */
export function createUsers(db: Kysely<Schema>, kind: DatabaseKind, now: () => number = Date.now) {
  async function endSessions(executor: Transaction<Schema>, userId: string): Promise<void> {
    await executor
      .updateTable('sessions')
      .set({ revoked_at: now() })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute();
  }

  async function findUser(executor: Transaction<Schema>, organizationId: string, id: string) {
    const row = await executor
      .selectFrom('users')
      .select(ACCOUNT_COLUMNS)
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (row === undefined) throw new UserNotFoundError(id);
    return row;
  }

  /** Throws LastAdminError when no other enabled admin would remain; locks them on PostgreSQL. */
  async function checkOtherAdmin(transaction: Transaction<Schema>, target: UserAccount) {
    let query = transaction
      .selectFrom('users')
      .select('id')
      .where('organization_id', '=', target.organizationId)
      .where('role', '=', 'admin')
      .where('disabled', '=', 0);
    if (kind === 'postgres') query = query.forUpdate();
    const admins = await query.execute();
    if (!admins.some((admin) => admin.id !== target.id)) throw new LastAdminError(target.id);
  }

  /** The organization's users, by name. */
  async function list(organizationId: string): Promise<UserAccount[]> {
    const rows = await db
      .selectFrom('users')
      .select(ACCOUNT_COLUMNS)
      .where('organization_id', '=', organizationId)
      .orderBy('name')
      .orderBy('id')
      .execute();
    return rows.map(toAccount);
  }

  /** Adds a user; throws EmailTakenError when any organization has the email. */
  async function create(organizationId: string, input: NewUser): Promise<UserAccount> {
    const row = {
      id: randomUUID(),
      organization_id: organizationId,
      email: normalizeEmail(input.email),
      name: input.name.trim(),
      role: input.role,
      disabled: 0,
      created_at: now(),
    };
    const passwordHash = await hashPassword(input.password);
    await db.transaction().execute(async (transaction) => {
      const taken = await transaction
        .selectFrom('users')
        .select('id')
        .where('email', '=', row.email)
        .executeTakeFirst();
      if (taken !== undefined) throw new EmailTakenError(row.email);
      await transaction
        .insertInto('users')
        .values({ ...row, password_hash: passwordHash })
        .execute();
    });
    return toAccount(row);
  }

  /** Changes role, name or disabled; disabling ends the user's sessions at once. */
  async function update(
    organizationId: string,
    id: string,
    change: UserChange,
  ): Promise<UserAccount> {
    return db.transaction().execute(async (transaction) => {
      const before = toAccount(await findUser(transaction, organizationId, id));
      const after = { ...before, ...change, name: change.name?.trim() ?? before.name };
      const wasActiveAdmin = before.role === 'admin' && !before.disabled;
      if (wasActiveAdmin && (after.role !== 'admin' || after.disabled)) {
        await checkOtherAdmin(transaction, before);
      }
      await transaction
        .updateTable('users')
        .set({ role: after.role, name: after.name, disabled: after.disabled ? 1 : 0 })
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .execute();
      if (after.disabled) await endSessions(transaction, id);
      return after;
    });
  }

  /** Sets a new password and ends the user's sessions. */
  async function resetPassword(organizationId: string, id: string, password: string) {
    const passwordHash = await hashPassword(password);
    return db.transaction().execute(async (transaction) => {
      const user = toAccount(await findUser(transaction, organizationId, id));
      await transaction
        .updateTable('users')
        .set({ password_hash: passwordHash })
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .execute();
      await endSessions(transaction, id);
      return user;
    });
  }

  return { list, create, update, resetPassword };
}

export type Users = ReturnType<typeof createUsers>;
