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

/** A codec whose implementation can be replaced while the store is open (plain, then encrypting). */
export interface SwitchableCodec extends Codec {
  use(next: Codec): void;
}

/** Delegates every call to the codec chosen last; starts with `initial`. */
export function createSwitchableCodec(initial: Codec): SwitchableCodec {
  let current = initial;
  return {
    sealValue: (value) => current.sealValue(value),
    openValue: (sealed) => current.openValue(sealed),
    sealBytes: (bytes) => current.sealBytes(bytes),
    openBytes: (sealed) => current.openBytes(sealed),
    use(next) {
      current = next;
    },
  };
}

/** Whether a stored value is a sealed one (as opposed to a meta value written before sealing). */
export function isSealed(value: unknown): value is Sealed {
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return kind === 'plain-value' || kind === 'plain-bytes' || kind === 'encrypted';
}
