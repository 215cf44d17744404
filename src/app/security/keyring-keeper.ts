// Makes, opens and re-wraps the lock's keyring in meta: the passphrase policy, the calibrated cost, the device key.

import type { IndexedDbStore } from '../store/indexeddb-store';
import { META } from '../store/meta-keys';
import { DeviceKeyError, type DeviceKeySource } from './device-key';
import {
  createKeyring,
  type Keyring,
  type KeyringLayout,
  type KeyringSecret,
  openKeyring,
  openKeyringForRewrap,
  restoreKeyring,
  rewrapKeyring,
  wrapDataKey,
} from './key-vault';
import type { PassphraseContext, PassphraseRefusalCode } from './passphrase-policy';

/** How this device is unlocked: a passphrase, or its screen lock (or fingerprint) with a PIN. */
export type SecretKind = 'passphrase' | 'device-pin';

/** A new secret for the lock, as the person chose it. */
export type NewSecret =
  | { kind: 'passphrase'; passphrase: string; context?: PassphraseContext }
  | { kind: 'device-pin'; pin: string; userName: string };

/** The new passphrase or PIN breaks the policy; the message says why and what would pass. */
export class PassphraseRefusedError extends Error {
  override name = 'PassphraseRefusedError';
  constructor(
    readonly code: PassphraseRefusalCode,
    message: string,
  ) {
    super(message);
  }
}

export interface KeyringKeeperOptions {
  store: Pick<IndexedDbStore, 'getMeta' | 'setMeta'>;
  /** The PBKDF2 count that takes about a second here (`calibrateOnThisDevice`). */
  calibrate: () => Promise<number>;
  deviceKeys?: DeviceKeySource;
}

/** Which secret opens `keyring`. */
export const secretKindOf = (keyring: Keyring): SecretKind =>
  keyring.device === undefined ? 'passphrase' : 'device-pin';

const NO_DEVICE_KEY =
  'This device has no screen lock or fingerprint that HomeAssess can use. Use a passphrase instead.';

/** Throws PassphraseRefusedError when the policy refuses the new secret; the policy loads on first use. */
async function checkPolicy(next: NewSecret): Promise<void> {
  const policy = await import('./passphrase-policy');
  const refusal =
    next.kind === 'passphrase'
      ? policy.passphraseRefusal(next.passphrase, next.context)
      : policy.pinRefusal(next.pin);
  if (refusal !== undefined) throw new PassphraseRefusedError(refusal.code, refusal.message);
}

/** Creates the keeper; every write of the keyring from this tab runs one after another. */
export function createKeyringKeeper(options: KeyringKeeperOptions) {
  const { store } = options;
  let writes: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const done = writes.then(work);
    writes = done.catch(() => undefined);
    return done;
  };
  const read = async () => restoreKeyring(await store.getMeta(META.keyring));
  const deviceKeys = () => {
    if (options.deviceKeys === undefined) throw new DeviceKeyError('unavailable', NO_DEVICE_KEY);
    return options.deviceKeys;
  };

  /** The secret the key-vault takes for what the person typed: with the device's key if bound. */
  async function secretFor(keyring: Keyring, typed: string): Promise<KeyringSecret> {
    if (keyring.device === undefined) return typed;
    return { pin: typed, devicePrf: await deviceKeys().evaluate(keyring.device) };
  }

  /** Calibrates, and for a PIN enrolls the device; returns the secret and layout (policy checked). */
  async function prepare(
    next: NewSecret,
  ): Promise<{ secret: KeyringSecret; layout: KeyringLayout }> {
    if (next.kind === 'passphrase') {
      const layout = { iterations: await options.calibrate(), isCalibrated: true };
      return { secret: next.passphrase, layout };
    }
    const enrolled = await deviceKeys().enroll(next.userName);
    const devicePrf = enrolled.devicePrf ?? (await deviceKeys().evaluate(enrolled.binding));
    const layout = {
      iterations: await options.calibrate(),
      isCalibrated: true,
      device: enrolled.binding,
    };
    return { secret: { pin: next.pin, devicePrf }, layout };
  }

  /** A new PIN on the same device credential: its PRF output is already known from the current PIN. */
  async function keepDevice(keyring: Keyring, pin: string, devicePrf: Uint8Array) {
    const layout = {
      iterations: await options.calibrate(),
      isCalibrated: true,
      device: keyring.device,
    };
    return { secret: { pin, devicePrf }, layout };
  }

  return {
    read,
    /** A new data key and its keyring for `next`; the caller stores it. */
    async create(next: NewSecret) {
      await checkPolicy(next);
      const { secret, layout } = await prepare(next);
      return createKeyring(secret, layout);
    },
    /** The data key; throws WrongPassphraseError, or DeviceKeyError when the device gave no key. */
    async open(keyring: Keyring, typed: string): Promise<CryptoKey> {
      return openKeyring(keyring, await secretFor(keyring, typed));
    },
    /** Re-wraps the data key under `next`, checked against the policy, at a fresh calibration. */
    change(current: string, next: NewSecret): Promise<Keyring> {
      return serially(async () => {
        await checkPolicy(next);
        const keyring = await read();
        if (keyring === undefined) throw new Error('No passphrase is set on this device.');
        // The current secret is proven before a new device credential is made for the next one.
        const currentSecret = await secretFor(keyring, current);
        const dataKey = await openKeyringForRewrap(keyring, currentSecret);
        const { secret, layout } =
          next.kind === 'device-pin' && typeof currentSecret !== 'string'
            ? await keepDevice(keyring, next.pin, currentSecret.devicePrf)
            : await prepare(next);
        const changed = await wrapDataKey(dataKey, secret, layout);
        await store.setMeta(META.keyring, changed);
        return changed;
      });
    },
    /**
     * Re-wraps a keyring made before calibration (600,000 iterations) at this device's count, with
     * the passphrase just proven right; leaves it if another change came first.
     */
    upgrade(opened: Keyring, passphrase: string): Promise<void> {
      if (opened.isCalibrated === true || opened.device !== undefined) return Promise.resolve();
      return serially(async () => {
        const layout = { iterations: await options.calibrate(), isCalibrated: true };
        const upgraded = await rewrapKeyring(opened, passphrase, passphrase, layout);
        const stored = await read();
        if (stored === undefined || !sameBytes(stored.salt, opened.salt)) return;
        await store.setMeta(META.keyring, upgraded);
      });
    },
  };
}

function sameBytes(left: Uint8Array, right: Uint8Array): boolean {
  return left.byteLength === right.byteLength && left.every((byte, index) => byte === right[index]);
}

export type KeyringKeeper = ReturnType<typeof createKeyringKeeper>;
