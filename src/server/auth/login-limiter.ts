// Limits sign-in guessing per account and per address, in the database so every process shares it.
import { randomUUID } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DatabaseKind } from '../db/migrations';
import type { Schema } from '../db/schema';

/** The window attempts are counted over. */
export const ATTEMPT_WINDOW_MS = 15 * 60 * 1000;
/**
 * Failed logins one account may have in the window: OWASP Authentication Cheat Sheet, "Account
 * Lockout", and NIST SP 800-63B 5.2.2 (at most 100 consecutive failures), far under both.
 */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** Failed logins plus setup and sign-up attempts one address may make in the window. */
export const MAX_ATTEMPTS_PER_ADDRESS = 20;
/** Expired attempts one sweep deletes at most, so a sweep stays one short statement. */
const SWEEP_BATCH = 1000;

/** The keys an attempt counts against: the account tried (if any) and the caller's address. */
export interface AttemptKeys {
  account?: string;
  address: string;
}

/** The rows one granted attempt holds, so a successful login can give its address row back. */
export interface Reservation {
  addressAttemptId: string;
}

/** An attempt granted (and already counted), or refused with the seconds to wait. */
export type ReserveResult =
  | { granted: true; reservation: Reservation }
  | { granted: false; retryAfterSeconds: number };

interface CountedKey {
  key: string;
  limit: number;
}

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
const addressKey = (ip: string) => `address:${ip}`;

function keysOf(keys: AttemptKeys): CountedKey[] {
  const address = { key: addressKey(keys.address), limit: MAX_ATTEMPTS_PER_ADDRESS };
  if (keys.account === undefined) return [address];
  return [{ key: accountKey(keys.account), limit: MAX_FAILURES_PER_ACCOUNT }, address];
}

/**
 * Counts one attempt against every key in one statement that inserts the rows only while every
 * key is under its limit, so the count and the insert cannot be split by another attempt.
 * Returns how many rows it inserted: all of them, or none.
 */
async function insertIfUnderLimits(
  executor: Kysely<Schema> | Transaction<Schema>,
  rows: readonly { id: string; key: string }[],
  counted: readonly CountedKey[],
  at: number,
): Promise<number> {
  const values = sql.join(rows.map((row) => sql`(${row.id}, ${row.key})`));
  const windowStart = at - ATTEMPT_WINDOW_MS;
  const underLimits = sql.join(
    counted.map(
      ({ key, limit }) =>
        sql`(select count(*) from login_attempts where attempt_key = ${key} and at > ${windowStart}) < ${limit}`,
    ),
    sql` and `,
  );
  // Both databases name the columns of an unaliased VALUES list column1, column2.
  const result = await sql`
    insert into login_attempts (id, attempt_key, at)
    select requested.column1, requested.column2, cast(${at} as bigint)
    from (values ${values}) as requested
    where ${underLimits}`.execute(executor);
  return Number(result.numAffectedRows ?? 0);
}

/** The limiter over the database; `now` is injected so tests control the window. */
export function createLoginLimiter(
  db: Kysely<Schema>,
  kind: DatabaseKind,
  now: () => number = Date.now,
) {
  /**
   * Reserves the attempt before any password is checked. On PostgreSQL, READ COMMITTED lets two
   * statements count the same rows, so each key's transaction-scoped advisory lock is taken first
   * (in key order, so two attempts never wait on each other crosswise); SQLite runs one writing
   * statement at a time, which the insert is from its first step.
   */
  async function reserve(keys: AttemptKeys): Promise<ReserveResult> {
    const counted = keysOf(keys);
    const rows = counted.map(({ key }) => ({ id: randomUUID(), key }));
    const at = now();
    const inserted =
      kind === 'postgres'
        ? await db.transaction().execute(async (transaction) => {
            for (const key of counted.map((item) => item.key).sort())
              await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(
                transaction,
              );
            return insertIfUnderLimits(transaction, rows, counted, at);
          })
        : await insertIfUnderLimits(db, rows, counted, at);
    await sweepExpired(at);
    if (inserted === 0) return { granted: false, retryAfterSeconds: await waitSeconds(counted) };
    const addressRow = rows.find((row) => row.key === addressKey(keys.address));
    return { granted: true, reservation: { addressAttemptId: addressRow?.id ?? '' } };
  }

  /** Seconds until the oldest attempt that fills a full key leaves the window (at least 1). */
  async function waitSeconds(counted: readonly CountedKey[]): Promise<number> {
    const windowStart = now() - ATTEMPT_WINDOW_MS;
    let waitMs = 0;
    for (const { key, limit } of counted) {
      const recent = await db
        .selectFrom('login_attempts')
        .select('at')
        .where('attempt_key', '=', key)
        .where('at', '>', windowStart)
        .orderBy('at', 'desc')
        .limit(limit)
        .execute();
      const oldestCounted = recent[limit - 1];
      if (oldestCounted !== undefined)
        waitMs = Math.max(waitMs, oldestCounted.at + ATTEMPT_WINDOW_MS - now());
    }
    return Math.max(1, Math.ceil(waitMs / 1000));
  }

  /**
   * Drops attempts older than the window. On PostgreSQL it skips rows another sweep holds, so
   * two sweeps never wait on each other (nor deadlock deleting the same rows in two orders).
   */
  async function sweepExpired(at: number): Promise<void> {
    let expired = db
      .selectFrom('login_attempts')
      .select('id')
      .where('at', '<=', at - ATTEMPT_WINDOW_MS)
      .limit(SWEEP_BATCH);
    if (kind === 'postgres') expired = expired.forUpdate().skipLocked();
    await db.deleteFrom('login_attempts').where('id', 'in', expired).execute();
  }

  /**
   * After a successful login: forgets the account's failures, and gives back the address row
   * of this attempt, since only failed logins count against an address.
   */
  async function release(email: string, reservation: Reservation): Promise<void> {
    await db.deleteFrom('login_attempts').where('attempt_key', '=', accountKey(email)).execute();
    await db.deleteFrom('login_attempts').where('id', '=', reservation.addressAttemptId).execute();
  }

  return { reserve, release };
}

export type LoginLimiter = ReturnType<typeof createLoginLimiter>;
