// The app lock: turns encryption at rest on, holds the data key while unlocked, locks when idle.

import { type Codec, plainCodec, type SwitchableCodec } from '../store/codec';
import type { IndexedDbStore } from '../store/indexeddb-store';
import { META } from '../store/meta-keys';
import { type DeviceKeyAvailability, DeviceKeyError, type DeviceKeySource } from './device-key';
import { createEncryptingCodec } from './encrypting-codec';
import { type IdleEventSource, type IdleTimers, watchIdle } from './idle-watcher';
import { calibrateOnThisDevice } from './kdf-calibration';
import { restoreKeyring, WrongPassphraseError } from './key-vault';
import {
  createKeyringKeeper,
  type NewSecret,
  type SecretKind,
  secretKindOf,
} from './keyring-keeper';
import type { PassphraseContext } from './passphrase-policy';

/** `off`: no passphrase set, stored in the clear; `starting`: not read from the device yet. */
export type LockState = 'starting' | 'off' | 'locked' | 'unlocked';

export const IDLE_MINUTES_CHOICES = [1, 5, 15, 30] as const;
export const DEFAULT_IDLE_MINUTES = 5;

export type UnlockResult =
  | { kind: 'unlocked' }
  | { kind: 'wrong'; failures: number }
  | { kind: 'wait'; retryAtMs: number }
  /** The device's screen lock gave no key (cancelled, or unavailable); not counted as a failure. */
  | { kind: 'device-failed'; message: string };

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
  /** The PBKDF2 count for a new secret: calibrated to about a second here unless a test says. */
  calibrate?: () => Promise<number>;
  /** The device's authenticator, for a PIN with the screen lock; none where WebAuthn is missing. */
  deviceKeys?: DeviceKeySource;
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

/** The longest wait between tries, reached after 12 failures and kept from then on. */
export const MAX_UNLOCK_DELAY_MS = 15 * 60_000;

/**
 * The wait before another try: none for the first 3 failures, then 2 s doubling, at most 15
 * minutes. It slows a person at this screen only: the count is in plain meta, so someone with a
 * copy of the storage skips it; against them the calibrated PBKDF2 cost and the passphrase
 * policy (or the device key) hold. It never erases the device by itself: a child's or a
 * colleague's tries must not destroy unsynced visits; "Forgot passphrase?" offers the reset.
 */
export function unlockDelayMs(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(2_000 * 2 ** (failures - 3), MAX_UNLOCK_DELAY_MS);
}

/** Creates the lock; `initialize` reads whether a passphrase is set and locks if so. */
export function createAppLock(options: AppLockOptions) {
  const { store, codec } = options;
  const keeper = createKeyringKeeper({
    store,
    calibrate: options.calibrate ?? calibrateOnThisDevice,
    deviceKeys: options.deviceKeys,
  });
  let dataKey: CryptoKey | undefined;
  let state: LockState = 'starting';
  let secretKind: SecretKind = 'passphrase';
  let stopWatching: (() => void) | undefined;
  const encrypting: Codec = createEncryptingCodec(() => dataKey);

  const setState = (next: LockState) => {
    state = next;
    options.onState(next);
  };
  const idleMinutes = async () => (await store.getMeta(META.idleMinutes)) ?? DEFAULT_IDLE_MINUTES;
  const failed = async () =>
    (await store.getMeta(META.failedUnlocks)) ?? {
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
    const keyring = await keeper.read();
    if (keyring === undefined) return;
    secretKind = secretKindOf(keyring);
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
    if ((await store.getMeta(META.isResealComplete)) === true) return;
    await store.resealAll();
    await options.onSealed?.();
    await store.compact();
    await store.setMeta(META.isResealComplete, true);
  }

  async function becomeUnlocked(key: CryptoKey): Promise<void> {
    dataKey = key;
    codec.use(encrypting);
    await finishResealing();
    setState('unlocked');
    await watch();
  }

  /** Turns the lock on: the keyring is saved before any row is sealed, so none is unreadable. */
  async function turnOn(next: NewSecret): Promise<void> {
    if (state !== 'off') throw new Error('A passphrase is already set; change it instead.');
    const created = await keeper.create(next);
    await store.setMeta(META.isResealComplete, false);
    await store.setMeta(META.keyring, created.keyring);
    secretKind = next.kind;
    options.channel?.post('lock-enabled');
    await becomeUnlocked(created.dataKey);
  }

  /** Re-wraps the data key under a new secret of either kind; no record is rewritten. */
  async function changeSecret(current: string, next: NewSecret): Promise<void> {
    await keeper.change(current, next);
    secretKind = next.kind;
  }

  return {
    state: () => state,
    async initialize(): Promise<void> {
      const keyring = restoreKeyring(await store.getMeta(META.keyring));
      if (keyring !== undefined) secretKind = secretKindOf(keyring);
      codec.use(keyring === undefined ? plainCodec : encrypting);
      setState(keyring === undefined ? 'off' : 'locked');
    },
    /** Which secret the lock screen asks for. */
    secretKind: () => secretKind,
    /** Failed tries so far and when the next is allowed (undefined: now); read from meta, so it survives reloads. */
    async unlockWait(): Promise<{ failures: number; retryAtMs: number | undefined }> {
      const failures = await failed();
      const retryAtMs = failures.lastAt + unlockDelayMs(failures.count);
      return {
        failures: failures.count,
        retryAtMs: options.now() < retryAtMs ? retryAtMs : undefined,
      };
    },
    /** Whether the device's screen lock with a PIN can be offered. */
    deviceKeyAvailability: (): Promise<DeviceKeyAvailability> =>
      options.deviceKeys?.availability().catch(() => 'unavailable' as const) ??
      Promise.resolve('unavailable'),
    /** Opens with the passphrase, or the PIN and the device's screen lock; throttled after failures. */
    async unlock(typed: string): Promise<UnlockResult> {
      const keyring = await keeper.read();
      if (keyring === undefined) throw new Error('No passphrase is set on this device.');
      secretKind = secretKindOf(keyring);
      const failures = await failed();
      const retryAtMs = failures.lastAt + unlockDelayMs(failures.count);
      if (options.now() < retryAtMs) return { kind: 'wait', retryAtMs };
      let key: CryptoKey;
      try {
        key = await keeper.open(keyring, typed);
      } catch (error) {
        if (error instanceof DeviceKeyError)
          return { kind: 'device-failed', message: error.message };
        if (!(error instanceof WrongPassphraseError)) throw error;
        const count = failures.count + 1;
        await store.setMeta(META.failedUnlocks, { count, lastAt: options.now() });
        return { kind: 'wrong', failures: count };
      }
      await store.setMeta(META.failedUnlocks, undefined);
      await becomeUnlocked(key);
      // A keyring from before calibration is re-wrapped at this device's cost, once.
      await keeper.upgrade(keyring, typed);
      return { kind: 'unlocked' };
    },
    /** Turns the lock on with a passphrase that passes the policy (`passphrase-policy.ts`). */
    setPassphrase: (passphrase: string, context?: PassphraseContext) =>
      turnOn({ kind: 'passphrase', passphrase, context }),
    /** Turns the lock on with a PIN and this device's screen lock (a WebAuthn PRF credential). */
    setDevicePin: (pin: string, userName: string) => turnOn({ kind: 'device-pin', pin, userName }),
    /** Re-wraps the data key under the new passphrase (or PIN, keeping the kind); no record is rewritten. */
    changePassphrase(current: string, next: string, context?: PassphraseContext): Promise<void> {
      const nextSecret: NewSecret =
        secretKind === 'device-pin'
          ? // A new PIN keeps this device's credential, so no account name is shown again.
            { kind: 'device-pin', pin: next, userName: '' }
          : { kind: 'passphrase', passphrase: next, context };
      return changeSecret(current, nextSecret);
    },
    changeSecret,
    lock,
    idleMinutes,
    async setIdleMinutes(minutes: number): Promise<void> {
      await store.setMeta(META.idleMinutes, minutes);
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
