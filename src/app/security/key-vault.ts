// The device's data key: made at random, wrapped by a key derived from the passphrase (or from a PIN
// and the device's authenticator), never stored in clear.

/**
 * The fewest PBKDF2-HMAC-SHA-256 iterations ever used: the OWASP Password Storage Cheat Sheet
 * (2023) recommends 600,000. The app lock calibrates a higher count per device
 * (`kdf-calibration.ts`); the count is stored with the keyring, so a device set up with fewer
 * still opens.
 */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const VERIFIER_TEXT = 'homeassess-keyring-v1';
const DEVICE_KEY_INFO = 'homeassess-keyring-v1 device-pin';

/** The device authenticator's credential whose PRF output, with the PIN, wraps the data key. */
export interface DeviceBinding {
  credentialId: Uint8Array;
  /** The PRF input (32 random bytes); the output needs the authenticator and user verification. */
  prfSalt: Uint8Array;
}

/** A passphrase, or a PIN with the 32-byte PRF output of the keyring's device credential. */
export type KeyringSecret = string | { pin: string; devicePrf: Uint8Array };

/** How a keyring is made: the PBKDF2 count, whether it was calibrated here, the device binding. */
export interface KeyringLayout {
  iterations: number;
  isCalibrated?: boolean;
  device?: DeviceBinding;
}

/** What `meta` holds about the passphrase: nothing here reveals the data key or the passphrase. */
export interface Keyring {
  version: 1;
  salt: Uint8Array;
  iterations: number;
  /** The AES-GCM data key, wrapped with AES-KW by the passphrase key. */
  wrappedKey: ArrayBuffer;
  /** A known text sealed with the data key: proves an unwrapped key is the right one. */
  verifier: { iv: Uint8Array; data: ArrayBuffer };
  /** True when `iterations` was calibrated on this device; older keyrings have 600,000. */
  isCalibrated?: boolean;
  /** Present when the data key needs the device's authenticator as well as a PIN. */
  device?: DeviceBinding;
}

/** The passphrase does not unwrap the data key. */
export class WrongPassphraseError extends Error {
  override name = 'WrongPassphraseError';
}

const encoder = new TextEncoder();

/** A 256-bit key derived from the passphrase by PBKDF2-HMAC-SHA-256, for one algorithm's uses. */
export async function derivePassphraseKey(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
  algorithm: 'AES-KW' | 'AES-GCM',
  usages: KeyUsage[],
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    encoder.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: algorithm, length: 256 },
    false,
    usages,
  );
}

/** 256 bits from the passphrase by PBKDF2-HMAC-SHA-256 (also the calibration's probe). */
export async function derivePassphraseBits(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
): Promise<ArrayBuffer> {
  const material = await crypto.subtle.importKey(
    'raw',
    encoder.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  return crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    256,
  );
}

/**
 * The wrapping key of a device keyring: HKDF-SHA-256 over the authenticator's PRF output and the
 * PBKDF2 of the PIN. Without the PRF output (which only the authenticator, after user
 * verification, gives) the input has 256 unknown bits, so the PIN cannot be guessed from a copy.
 */
async function deviceWrappingKey(
  secret: { pin: string; devicePrf: Uint8Array },
  salt: Uint8Array,
  iterations: number,
): Promise<CryptoKey> {
  if (secret.devicePrf.byteLength !== 32) throw new Error('The device key must be 32 bytes.');
  const pinBits = new Uint8Array(await derivePassphraseBits(secret.pin, salt, iterations));
  const material = new Uint8Array(64);
  material.set(secret.devicePrf, 0);
  material.set(pinBits, 32);
  const hkdf = await crypto.subtle.importKey('raw', material, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: salt as BufferSource,
      info: encoder.encode(DEVICE_KEY_INFO),
    },
    hkdf,
    { name: 'AES-KW', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/** Thrown when a secret of the wrong kind is given: a passphrase for a device keyring or a PIN the other way. */
export class SecretKindError extends Error {
  override name = 'SecretKindError';
}

function wrappingKey(
  secret: KeyringSecret,
  salt: Uint8Array,
  iterations: number,
  device: DeviceBinding | undefined,
): Promise<CryptoKey> {
  if (typeof secret === 'string') {
    if (device !== undefined)
      throw new SecretKindError('This device is locked with its screen lock and a PIN.');
    return derivePassphraseKey(secret, salt, iterations, 'AES-KW', ['wrapKey', 'unwrapKey']);
  }
  if (device === undefined) throw new SecretKindError('This device is locked with a passphrase.');
  return deviceWrappingKey(secret, salt, iterations);
}

async function sealVerifier(dataKey: CryptoKey): Promise<Keyring['verifier']> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource },
    dataKey,
    encoder.encode(VERIFIER_TEXT),
  );
  return { iv, data };
}

async function wrapWith(
  dataKey: CryptoKey,
  secret: KeyringSecret,
  layout: KeyringLayout,
): Promise<Keyring> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const { iterations, device } = layout;
  const key = await wrappingKey(secret, salt, iterations, device);
  const wrappedKey = await crypto.subtle.wrapKey('raw', dataKey, key, 'AES-KW');
  const keyring: Keyring = {
    version: 1,
    salt,
    iterations,
    wrappedKey,
    verifier: await sealVerifier(dataKey),
  };
  if (layout.isCalibrated === true) keyring.isCalibrated = true;
  if (device !== undefined) keyring.device = device;
  return keyring;
}

/** Makes a new random 256-bit data key and its keyring; returns the key for use in memory. */
export async function createKeyring(
  secret: KeyringSecret,
  layout: KeyringLayout = { iterations: PBKDF2_ITERATIONS },
): Promise<{ keyring: Keyring; dataKey: CryptoKey }> {
  const extractable = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
  const keyring = await wrapWith(extractable, secret, layout);
  return { keyring, dataKey: await openKeyring(keyring, secret) };
}

async function unwrap(
  keyring: Keyring,
  secret: KeyringSecret,
  extractable: boolean,
): Promise<CryptoKey> {
  const key = await wrappingKey(secret, keyring.salt, keyring.iterations, keyring.device);
  let dataKey: CryptoKey;
  try {
    dataKey = await crypto.subtle.unwrapKey(
      'raw',
      keyring.wrappedKey,
      key,
      'AES-KW',
      'AES-GCM',
      extractable,
      ['encrypt', 'decrypt'],
    );
    await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: keyring.verifier.iv as BufferSource },
      dataKey,
      keyring.verifier.data,
    );
  } catch {
    throw new WrongPassphraseError('That passphrase is not right.');
  }
  return dataKey;
}

/** Unwraps the data key (not extractable) with the secret; throws WrongPassphraseError. */
export function openKeyring(keyring: Keyring, secret: KeyringSecret): Promise<CryptoKey> {
  return unwrap(keyring, secret, false);
}

/**
 * The data key, extractable, for re-wrapping under another secret; throws WrongPassphraseError.
 * Kept only as long as `wrapDataKey` needs it.
 */
export function openKeyringForRewrap(keyring: Keyring, secret: KeyringSecret): Promise<CryptoKey> {
  return unwrap(keyring, secret, true);
}

/** A new keyring (fresh salt) for an extractable data key under `secret` and `layout`. */
export function wrapDataKey(
  extractable: CryptoKey,
  secret: KeyringSecret,
  layout: KeyringLayout,
): Promise<Keyring> {
  return wrapWith(extractable, secret, layout);
}

/** Re-wraps the same data key under a new secret and layout; the records are not touched. */
export async function rewrapKeyring(
  keyring: Keyring,
  current: KeyringSecret,
  next: KeyringSecret,
  layout: KeyringLayout = { iterations: PBKDF2_ITERATIONS },
): Promise<Keyring> {
  return wrapWith(await openKeyringForRewrap(keyring, current), next, layout);
}

function isDeviceBinding(value: unknown): value is DeviceBinding {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<DeviceBinding>;
  return candidate.credentialId instanceof Uint8Array && candidate.prfSalt instanceof Uint8Array;
}

/** Reads a keyring from `meta`, or undefined when none (or a malformed one) is stored. */
export function restoreKeyring(stored: unknown): Keyring | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const candidate = stored as Partial<Keyring>;
  const isValid =
    candidate.version === 1 &&
    candidate.salt instanceof Uint8Array &&
    typeof candidate.iterations === 'number' &&
    candidate.wrappedKey instanceof ArrayBuffer &&
    candidate.verifier?.iv instanceof Uint8Array &&
    candidate.verifier.data instanceof ArrayBuffer &&
    (candidate.isCalibrated === undefined || typeof candidate.isCalibrated === 'boolean') &&
    (candidate.device === undefined || isDeviceBinding(candidate.device));
  return isValid ? (candidate as Keyring) : undefined;
}
