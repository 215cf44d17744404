// A file sealed with a passphrase (PBKDF2 then AES-GCM), so an export that leaves the device on a
// memory stick or in an email reveals nothing about the clients without the passphrase.
import { derivePassphraseKey, PBKDF2_ITERATIONS, WrongPassphraseError } from './key-vault';

export const SEALED_FILE_FORMAT = 'homeassess-sealed-file';
const SALT_BYTES = 16;
const IV_BYTES = 12;

interface SealedFile {
  format: typeof SEALED_FILE_FORMAT;
  version: 1;
  kdf: { name: 'PBKDF2-SHA-256'; iterations: number; salt: string };
  iv: string;
  data: string;
}

/** The file is not a sealed file this app can open (damaged, or changed after sealing). */
export class DamagedFileError extends Error {
  override name = 'DamagedFileError';
}

const toBase64 = (bytes: Uint8Array) => {
  let text = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(text);
};

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

const fileKey = (passphrase: string, salt: Uint8Array, iterations: number) =>
  derivePassphraseKey(passphrase, salt, iterations, 'AES-GCM', ['encrypt', 'decrypt']);

/** Seals `text` with the passphrase; answers the sealed file's JSON text. */
export async function sealText(
  text: string,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await fileKey(passphrase, salt, iterations);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource },
    key,
    new TextEncoder().encode(text),
  );
  const sealed: SealedFile = {
    format: SEALED_FILE_FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt) },
    iv: toBase64(iv),
    data: toBase64(new Uint8Array(data)),
  };
  return JSON.stringify(sealed);
}

/** True when the text is a sealed file (whether or not it opens). */
export function isSealedText(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return (
      typeof parsed === 'object' &&
      parsed !== null &&
      (parsed as { format?: unknown }).format === SEALED_FILE_FORMAT
    );
  } catch {
    return false;
  }
}

function readSealed(text: string): SealedFile {
  const parsed = JSON.parse(text) as Partial<SealedFile>;
  const { kdf, iv, data } = parsed;
  const isComplete =
    parsed.version === 1 &&
    typeof kdf?.iterations === 'number' &&
    kdf.iterations >= 1 &&
    typeof kdf.salt === 'string' &&
    typeof iv === 'string' &&
    typeof data === 'string';
  if (!isComplete) throw new DamagedFileError('This encrypted file is damaged or incomplete.');
  return parsed as SealedFile;
}

/**
 * Opens a sealed file's text with the passphrase. Throws WrongPassphraseError when it does not
 * open (AES-GCM cannot tell a wrong passphrase from a changed file), DamagedFileError when the
 * file is not whole.
 */
export async function openSealedText(text: string, passphrase: string): Promise<string> {
  const sealed = readSealed(text);
  let salt: Uint8Array;
  let iv: Uint8Array;
  let data: Uint8Array;
  try {
    [salt, iv, data] = [
      fromBase64(sealed.kdf.salt),
      fromBase64(sealed.iv),
      fromBase64(sealed.data),
    ];
  } catch {
    throw new DamagedFileError('This encrypted file is damaged or incomplete.');
  }
  const key = await fileKey(passphrase, salt, sealed.kdf.iterations);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: iv as BufferSource },
      key,
      data as BufferSource,
    );
    return new TextDecoder().decode(plain);
  } catch {
    throw new WrongPassphraseError(
      'The passphrase does not open this file (or the file was changed after it was made).',
    );
  }
}
