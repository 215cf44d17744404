// A Codec that seals record bodies and photo bytes with AES-GCM under the data key held in memory.
import type { Codec, Sealed } from '../store/codec';

const IV_BYTES = 12;

/** The app is locked: the data key is not in memory, so nothing stored can be read or written. */
export class DeviceLockedError extends Error {
  override name = 'DeviceLockedError';
  constructor() {
    super('The device is locked. Unlock it with the passphrase to go on.');
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Seals with a fresh random 96-bit IV each time. Rows written before the lock was turned on
 * (`plain-value`, `plain-bytes`) are still read, so an interrupted re-sealing loses nothing.
 */
export function createEncryptingCodec(currentKey: () => CryptoKey | undefined): Codec {
  const key = (): CryptoKey => {
    const held = currentKey();
    if (held === undefined) throw new DeviceLockedError();
    return held;
  };
  const encrypt = async (bytes: BufferSource): Promise<Sealed> => {
    const dataKey = key();
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, dataKey, bytes);
    return { kind: 'encrypted', iv, data };
  };
  const decrypt = (sealed: { iv: Uint8Array; data: ArrayBuffer }): Promise<ArrayBuffer> =>
    crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv as BufferSource }, key(), sealed.data);
  return {
    // Wrapped so that `undefined` survives the round trip as it does in IndexedDB.
    sealValue: (value) => encrypt(encoder.encode(JSON.stringify({ value }))),
    async openValue(sealed) {
      if (sealed.kind === 'plain-value') return sealed.value;
      if (sealed.kind !== 'encrypted') throw new Error(`Cannot read ${sealed.kind} as a value.`);
      return (JSON.parse(decoder.decode(await decrypt(sealed))) as { value?: unknown }).value;
    },
    sealBytes: (bytes) => encrypt(bytes),
    async openBytes(sealed) {
      if (sealed.kind === 'plain-bytes') return sealed.bytes;
      if (sealed.kind !== 'encrypted') throw new Error(`Cannot read ${sealed.kind} as bytes.`);
      return decrypt(sealed);
    },
  };
}
