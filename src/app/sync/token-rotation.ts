// Renews the device's sign-in once the app lock is on, so no copy of the token stored before works.

import type { LocalStore } from '../store/local-store';
import { META } from '../store/meta-keys';
import { type RotationOutcome, rotateToken } from './session';

export interface TokenRotationOptions {
  store: LocalStore;
  fetchFunction: typeof fetch;
  now: () => number;
  /** Whether a rotation still waits, each time that may have changed. */
  onPending: (isPending: boolean) => void;
}

/**
 * The token copied to disk before the lock was on (in clear) is ended by rotating it: at once if
 * the server answers, else at the next successful connection (`rotateIfPending` before each sync).
 */
export function createTokenRotation(options: TokenRotationOptions) {
  const { store } = options;
  let running: Promise<RotationOutcome | undefined> | undefined;

  const isPending = async () => (await store.getMeta(META.rotationPending)) !== undefined;

  async function attempt(): Promise<RotationOutcome | undefined> {
    if (!(await isPending())) return undefined;
    const outcome = await rotateToken(store, options.fetchFunction);
    // Only a missing connection leaves it due: with no token on the device, or one the server
    // refuses (ended, expired), no copy of it can be used either.
    const isDone = outcome !== 'offline';
    if (isDone) await store.setMeta(META.rotationPending, undefined);
    options.onPending(!isDone);
    return outcome;
  }

  return {
    /** Marks a rotation as due; kept sealed with the records, so it outlives a restart. */
    async markPending(): Promise<void> {
      await store.setMeta(META.rotationPending, { since: options.now() });
      options.onPending(true);
    },
    /** Rotates if one is due; one attempt at a time. */
    rotateIfPending(): Promise<RotationOutcome | undefined> {
      running ??= attempt().finally(() => {
        running = undefined;
      });
      return running;
    },
    /** Reads whether a rotation waits (the device must be unlocked: the flag is sealed). */
    async refresh(): Promise<void> {
      options.onPending(await isPending());
    },
  };
}

export type TokenRotation = ReturnType<typeof createTokenRotation>;
