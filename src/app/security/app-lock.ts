// The app lock: turns encryption at rest on, holds the data key while unlocked, locks when idle.
import { type Codec, plainCodec, type SwitchableCodec } from '../store/codec';
import type { IndexedDbStore } from '../store/indexeddb-store';
import { createEncryptingCodec } from './encrypting-codec';
import { type IdleEventSource, type IdleTimers, watchIdle } from './idle-watcher';
import {
  createKeyring,
  openKeyring,
  PBKDF2_ITERATIONS,
  restoreKeyring,
  rewrapKeyring,
  WrongPassphraseError,
} from './key-vault';

/** `off`: no passphrase set, stored in the clear; `starting`: not read from the device yet. */
export type LockState = 'starting' | 'off' | 'locked' | 'unlocked';

export const IDLE_MINUTES_CHOICES = [1, 5, 15, 30] as const;
export const DEFAULT_IDLE_MINUTES = 5;
export const MIN_PASSPHRASE_LENGTH = 6;

/** Plain `meta` keys: none of them reveals a record or the data key. */
export const LOCK_META = {
  keyring: 'security.keyring',
  idleMinutes: 'security.idleMinutes',
  failedUnlocks: 'security.failedUnlocks',
  isResealComplete: 'security.isResealComplete',
} as const;

export type UnlockResult =
  | { kind: 'unlocked' }
  | { kind: 'wrong'; failures: number }
  | { kind: 'wait'; retryAtMs: number };

/** What one tab tells the others: the lock was turned on, or the device was locked. */
export type LockNews = 'lock-enabled' | 'locked';

/** The tabs of this app on this device (a BroadcastChannel in the browser). */
export interface LockChannel {
  post(news: LockNews): void;
  subscribe(listener: (news: LockNews) => void): () => void;
}

/** The browser's channel between this app's tabs; none where BroadcastChannel is missing. */
export function broadcastLockChannel(name = 'homeassess-lock'): LockChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(name);
  return {
    post: (news) => channel.postMessage(news),
    subscribe(listener) {
      const onMessage = (event: MessageEvent) => {
        if (event.data === 'lock-enabled' || event.data === 'locked') listener(event.data);
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}

export interface AppLockOptions {
  store: Pick<
    IndexedDbStore,
    | 'getMeta'
    | 'setMeta'
    | 'resealAll'
    | 'compact'
    | 'countOutbox'
    | 'listBlobsToUpload'
    | 'destroy'
  >;
  codec: SwitchableCodec;
  now: () => number;
  timers: IdleTimers;
  events?: IdleEventSource;
  onState: (state: LockState) => void;
  /** PBKDF2 iterations for a new passphrase; tests may pass fewer. */
  iterations?: number;
  /**
   * The other tabs: when one turns the lock on or locks, the others lock too, so no tab goes on
   * writing records in clear or showing them after the person locked the device.
   */
  channel?: LockChannel;
  /**
   * Runs once every row is sealed, before the store is compacted: copies of private values made
   * before the lock was on (the session token) are to be ended, not only overwritten.
   */
  onSealed?: () => Promise<void>;
}

interface FailedUnlocks {
  count: number;
  lastAt: number;
}

/** The wait before another try: none for the first 3 failures, then 2 s doubling, at most 5 minutes. */
export function unlockDelayMs(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(2_000 * 2 ** (failures - 3), 5 * 60_000);
}

/** Refuses a passphrase too short to protect anything; returns the reason in words. */
export function passphraseProblem(passphrase: string): string | undefined {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH)
    return `Use at least ${MIN_PASSPHRASE_LENGTH} characters (a 6-digit PIN is the shortest allowed).`;
  return undefined;
}

/** Creates the lock; `initialize` reads whether a passphrase is set and locks if so. */
export function createAppLock(options: AppLockOptions) {
  const { store, codec } = options;
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  let dataKey: CryptoKey | undefined;
  let state: LockState = 'starting';
  let stopWatching: (() => void) | undefined;
  const encrypting: Codec = createEncryptingCodec(() => dataKey);

  const setState = (next: LockState) => {
    state = next;
    options.onState(next);
  };
  const idleMinutes = async () =>
    ((await store.getMeta(LOCK_META.idleMinutes)) as number | undefined) ?? DEFAULT_IDLE_MINUTES;
  const failed = async () =>
    ((await store.getMeta(LOCK_META.failedUnlocks)) as FailedUnlocks | undefined) ?? {
      count: 0,
      lastAt: 0,
    };

  function lockHere(): void {
    stopWatching?.();
    stopWatching = undefined;
    dataKey = undefined;
    if (state !== 'off') setState('locked');
  }

  function lock(): void {
    const wasLocked = state === 'locked';
    lockHere();
    if (state === 'locked' && !wasLocked) options.channel?.post('locked');
  }

  /** Another tab turned the lock on: from now on this tab seals what it writes, once unlocked. */
  async function followEnabledLock(): Promise<void> {
    if (state !== 'off') return;
    if (restoreKeyring(await store.getMeta(LOCK_META.keyring)) === undefined) return;
    codec.use(encrypting);
    setState('locked');
  }

  options.channel?.subscribe((news) => {
    if (news === 'lock-enabled') void followEnabledLock();
    else lockHere();
  });

  async function watch(): Promise<void> {
    stopWatching?.();
    const minutes = await idleMinutes();
    stopWatching = watchIdle({
      idleMs: minutes * 60_000,
      now: options.now,
      timers: options.timers,
      events: options.events,
      onIdle: lock,
    });
  }

  /**
   * Re-seals rows stored before the lock was on, then rewrites the store into a new database and
   * deletes the old one, whose files still held the overwritten clear values; resumes after an
   * interruption (the flag is set only once both are done).
   */
  async function finishResealing(): Promise<void> {
    if ((await store.getMeta(LOCK_META.isResealComplete)) === true) return;
    await store.resealAll();
    await options.onSealed?.();
    await store.compact();
    await store.setMeta(LOCK_META.isResealComplete, true);
  }

  async function becomeUnlocked(key: CryptoKey): Promise<void> {
    dataKey = key;
    codec.use(encrypting);
    await finishResealing();
    setState('unlocked');
    await watch();
  }

  return {
    state: () => state,
    async initialize(): Promise<void> {
      const keyring = restoreKeyring(await store.getMeta(LOCK_META.keyring));
      codec.use(keyring === undefined ? plainCodec : encrypting);
      setState(keyring === undefined ? 'off' : 'locked');
    },
    async unlock(passphrase: string): Promise<UnlockResult> {
      const keyring = restoreKeyring(await store.getMeta(LOCK_META.keyring));
      if (keyring === undefined) throw new Error('No passphrase is set on this device.');
      const failures = await failed();
      const retryAtMs = failures.lastAt + unlockDelayMs(failures.count);
      if (options.now() < retryAtMs) return { kind: 'wait', retryAtMs };
      try {
        const key = await openKeyring(keyring, passphrase);
        await store.setMeta(LOCK_META.failedUnlocks, undefined);
        await becomeUnlocked(key);
        return { kind: 'unlocked' };
      } catch (error) {
        if (!(error instanceof WrongPassphraseError)) throw error;
        const count = failures.count + 1;
        await store.setMeta(LOCK_META.failedUnlocks, { count, lastAt: options.now() });
        return { kind: 'wrong', failures: count };
      }
    },
    /** Turns the lock on: the keyring is saved before any row is sealed, so none is unreadable. */
    async setPassphrase(passphrase: string): Promise<void> {
      const problem = passphraseProblem(passphrase);
      if (problem !== undefined) throw new Error(problem);
      if (state !== 'off') throw new Error('A passphrase is already set; change it instead.');
      const created = await createKeyring(passphrase, iterations);
      await store.setMeta(LOCK_META.isResealComplete, false);
      await store.setMeta(LOCK_META.keyring, created.keyring);
      options.channel?.post('lock-enabled');
      await becomeUnlocked(created.dataKey);
    },
    /** Re-wraps the data key under the new passphrase; no record is rewritten. */
    async changePassphrase(current: string, next: string): Promise<void> {
      const problem = passphraseProblem(next);
      if (problem !== undefined) throw new Error(problem);
      const keyring = restoreKeyring(await store.getMeta(LOCK_META.keyring));
      if (keyring === undefined) throw new Error('No passphrase is set on this device.');
      await store.setMeta(
        LOCK_META.keyring,
        await rewrapKeyring(keyring, current, next, iterations),
      );
    },
    lock,
    idleMinutes,
    async setIdleMinutes(minutes: number): Promise<void> {
      await store.setMeta(LOCK_META.idleMinutes, minutes);
      if (state === 'unlocked') await watch();
    },
    /** Edits and photos the server does not have; counted without the key (no row is opened). */
    async countUnsynced(): Promise<{ edits: number; photos: number }> {
      const [edits, photos] = await Promise.all([store.countOutbox(), store.listBlobsToUpload()]);
      return { edits, photos: photos.length };
    },
    /** Deletes this device's database; the caller reloads so the person signs in again. */
    resetDevice: () => store.destroy(),
  };
}

export type AppLock = ReturnType<typeof createAppLock>;
