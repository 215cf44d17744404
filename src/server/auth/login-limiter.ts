// Limits sign-in guessing per account and per address, in the database so every process shares it.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema';

/** The window attempts are counted over. */
export const ATTEMPT_WINDOW_MS = 15 * 60 * 1000;
/** Failed logins one account may have in the window. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** Failed logins plus setup and sign-up attempts one address may make in the window. */
export const MAX_ATTEMPTS_PER_ADDRESS = 20;

/** The keys an attempt counts against: the account tried (if any) and the caller's address. */
export interface AttemptKeys {
  account?: string;
  address: string;
}

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
const addressKey = (ip: string) => `address:${ip}`;

/** The limiter over the database; `now` is injected so tests control the window. */
export function createLoginLimiter(db: Kysely<Schema>, now: () => number = Date.now) {
  function keysOf(keys: AttemptKeys): { key: string; limit: number }[] {
    const address = { key: addressKey(keys.address), limit: MAX_ATTEMPTS_PER_ADDRESS };
    if (keys.account === undefined) return [address];
    return [{ key: accountKey(keys.account), limit: MAX_FAILURES_PER_ACCOUNT }, address];
  }

  /** Seconds to wait before trying again, or undefined when an attempt may be made now. */
  async function retryAfterSeconds(keys: AttemptKeys): Promise<number | undefined> {
    const windowStart = now() - ATTEMPT_WINDOW_MS;
    let waitMs = 0;
    for (const { key, limit } of keysOf(keys)) {
      const recent = await db
        .selectFrom('login_attempts')
        .select('at')
        .where('attempt_key', '=', key)
        .where('at', '>', windowStart)
        .orderBy('at', 'desc')
        .limit(limit)
        .execute();
      const oldestCounted = recent[limit - 1];
      if (oldestCounted !== undefined) {
        waitMs = Math.max(waitMs, oldestCounted.at + ATTEMPT_WINDOW_MS - now());
      }
    }
    return waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 1000)) : undefined;
  }

  /** Counts one attempt against every key, and drops attempts older than the window. */
  async function record(keys: AttemptKeys): Promise<void> {
    const at = now();
    await db
      .insertInto('login_attempts')
      .values(keysOf(keys).map(({ key }) => ({ id: randomUUID(), attempt_key: key, at })))
      .execute();
    await db
      .deleteFrom('login_attempts')
      .where('at', '<=', at - ATTEMPT_WINDOW_MS)
      .execute();
  }

  /** Forgets the account's failures after it signed in; the address keeps its count. */
  async function resetAccount(email: string): Promise<void> {
    await db.deleteFrom('login_attempts').where('attempt_key', '=', accountKey(email)).execute();
  }

  return { retryAfterSeconds, record, resetAccount };
}

export type LoginLimiter = ReturnType<typeof createLoginLimiter>;
