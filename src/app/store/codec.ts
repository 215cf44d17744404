// How values and bytes are sealed before they reach IndexedDB; an encrypting codec can replace the plain one.

/** What is stored in place of a record body or a photo's bytes. */
export type Sealed =
  | { kind: 'plain-value'; value: unknown }
  | { kind: 'plain-bytes'; bytes: ArrayBuffer }
  | { kind: 'encrypted'; iv: Uint8Array; data: ArrayBuffer };

/**
 * Turns values into what is stored and back. Sealing runs before a transaction opens, so an
 * asynchronous codec (WebCrypto) never lets an IndexedDB transaction commit early.
 */
export interface Codec {
  sealValue(value: unknown): Promise<Sealed>;
  openValue(sealed: Sealed): Promise<unknown>;
  sealBytes(bytes: ArrayBuffer): Promise<Sealed>;
  openBytes(sealed: Sealed): Promise<ArrayBuffer>;
}

/** Stores values and bytes as they are (no encryption at rest). */
export const plainCodec: Codec = {
  sealValue: async (value) => ({ kind: 'plain-value', value }),
  openValue: async (sealed) => {
    if (sealed.kind !== 'plain-value') throw new Error(`Cannot read a ${sealed.kind} value.`);
    return sealed.value;
  },
  sealBytes: async (bytes) => ({ kind: 'plain-bytes', bytes }),
  openBytes: async (sealed) => {
    if (sealed.kind !== 'plain-bytes') throw new Error(`Cannot read ${sealed.kind} bytes.`);
    return sealed.bytes;
  },
};
