// The device's data key: made at random, wrapped by a key derived from the passphrase, never stored in clear.

/**
 * PBKDF2-HMAC-SHA-256 iterations for a new or changed passphrase: the OWASP Password Storage
 * Cheat Sheet (2023) recommends 600,000. The count is stored with the keyring, so it can be raised
 * later without locking out a device that was set up with fewer.
 */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const VERIFIER_TEXT = 'homeassess-keyring-v1';

/** What `meta` holds about the passphrase: nothing here reveals the data key or the passphrase. */
export interface Keyring {
  version: 1;
  salt: Uint8Array;
  iterations: number;
  /** The AES-GCM data key, wrapped with AES-KW by the passphrase key. */
  wrappedKey: ArrayBuffer;
  /** A known text sealed with the data key: proves an unwrapped key is the right one. */
  verifier: { iv: Uint8Array; data: ArrayBuffer };
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

const passphraseKey = (passphrase: string, salt: Uint8Array, iterations: number) =>
  derivePassphraseKey(passphrase, salt, iterations, 'AES-KW', ['wrapKey', 'unwrapKey']);

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
  passphrase: string,
  iterations: number,
): Promise<Keyring> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const wrappingKey = await passphraseKey(passphrase, salt, iterations);
  const wrappedKey = await crypto.subtle.wrapKey('raw', dataKey, wrappingKey, 'AES-KW');
  return { version: 1, salt, iterations, wrappedKey, verifier: await sealVerifier(dataKey) };
}

/** Makes a new random 256-bit data key and its keyring; returns the key for use in memory. */
export async function createKeyring(
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ keyring: Keyring; dataKey: CryptoKey }> {
  const extractable = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
  const keyring = await wrapWith(extractable, passphrase, iterations);
  return { keyring, dataKey: await openKeyring(keyring, passphrase) };
}

async function unwrap(
  keyring: Keyring,
  passphrase: string,
  extractable: boolean,
): Promise<CryptoKey> {
  const wrappingKey = await passphraseKey(passphrase, keyring.salt, keyring.iterations);
  let dataKey: CryptoKey;
  try {
    dataKey = await crypto.subtle.unwrapKey(
      'raw',
      keyring.wrappedKey,
      wrappingKey,
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

/** Unwraps the data key (not extractable) with the passphrase; throws WrongPassphraseError. */
export function openKeyring(keyring: Keyring, passphrase: string): Promise<CryptoKey> {
  return unwrap(keyring, passphrase, false);
}

/** Re-wraps the same data key under a new passphrase; the records are not touched. */
export async function rewrapKeyring(
  keyring: Keyring,
  currentPassphrase: string,
  nextPassphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<Keyring> {
  const extractable = await unwrap(keyring, currentPassphrase, true);
  return wrapWith(extractable, nextPassphrase, iterations);
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
    candidate.verifier.data instanceof ArrayBuffer;
  return isValid ? (candidate as Keyring) : undefined;
}
