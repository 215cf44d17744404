// Record ids made on the device (UUID v7) and the branded id types that keep them apart.

declare const brand: unique symbol;

/** A value of type `T` that only this module's makers and checkers hand out. */
export type Brand<T, Name extends string> = T & { readonly [brand]: Name };

/** The id of any synced record: a lower-case UUID, made on the device that created the record. */
export type RecordId = Brand<string, 'RecordId'>;
/** The id of one installation of the app; it numbers its own patches 1, 2, 3. */
export type DeviceId = Brand<string, 'DeviceId'>;
/** The id of a person with an account on the server. */
export type UserId = Brand<string, 'UserId'>;

/** Current time in milliseconds since the Unix epoch (`Date.now` in production). */
export type Clock = () => number;
/** Cryptographically random bytes (`crypto.getRandomValues` in production). */
export type RandomBytes = (count: number) => Uint8Array;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const MAX_UUID_V7_TIMESTAMP_MS = 2 ** 48 - 1;
const UUID_V7_RANDOM_BYTES = 10;

/** True for a lower-case RFC 9562 UUID (versions 1 to 8), the only form record ids take. */
export function isRecordId(value: unknown): value is RecordId {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

/**
 * Builds a UUID v7 from a millisecond timestamp and 10 random bytes: 48 bits of time (so ids sort
 * roughly by creation), the version and variant bits, and 74 random bits.
 */
export function uuidV7FromParts(timestampMs: number, random: Uint8Array): RecordId {
  if (!Number.isInteger(timestampMs) || timestampMs < 0 || timestampMs > MAX_UUID_V7_TIMESTAMP_MS) {
    throw new RangeError(
      `UUID v7 needs a whole-millisecond timestamp in 48 bits, not ${timestampMs}`,
    );
  }
  if (random.length < UUID_V7_RANDOM_BYTES) {
    throw new RangeError(
      `UUID v7 needs ${UUID_V7_RANDOM_BYTES} random bytes, got ${random.length}`,
    );
  }
  const bytes = new Uint8Array(16);
  let remainingMs = timestampMs;
  for (let index = 5; index >= 0; index -= 1) {
    bytes[index] = remainingMs % 256;
    remainingMs = Math.floor(remainingMs / 256);
  }
  bytes.set(random.subarray(0, UUID_V7_RANDOM_BYTES), 6);
  bytes[6] = 0x70 | ((random[0] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((random[2] ?? 0) & 0x3f);
  return formatUuid(bytes);
}

/** Makes one UUID v7 record id from the given clock and random source. */
export function makeUuidV7(now: Clock, randomBytes: RandomBytes): RecordId {
  return uuidV7FromParts(Math.floor(now()), randomBytes(UUID_V7_RANDOM_BYTES));
}

/** Returns an id maker bound to a clock and a random source, for code that makes many ids. */
export function createIdMaker(now: Clock, randomBytes: RandomBytes): () => RecordId {
  return () => makeUuidV7(now, randomBytes);
}

/** The millisecond timestamp inside a UUID v7: when the device created the record. */
export function uuidV7TimestampMs(id: RecordId): number {
  return Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}

function formatUuid(bytes: Uint8Array): RecordId {
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  const groups = [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ];
  return groups.join('-') as RecordId;
}

/** Four independent 32-bit hashes of a text (cyrb128), enough to make 122 bits of an id. */
function hash128(text: string): number[] {
  let [h1, h2, h3, h4] = [1779033703, 3144134277, 1013904242, 2773480762];
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = h2 ^ Math.imul(h1 ^ code, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ code, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ code, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ code, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/**
 * A UUID v8 derived from the parts, the same on every device: one checklist item in one room
 * always has the same finding id, so two tablets answering it edit one record (and any clash
 * becomes a field conflict) instead of making two findings.
 */
export function derivedId(...parts: string[]): RecordId {
  const bytes = new Uint8Array(16);
  const view = new DataView(bytes.buffer);
  for (const [index, word] of hash128(parts.join('\u0000')).entries())
    view.setUint32(index * 4, word);
  bytes[6] = 0x80 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  return formatUuid(bytes);
}
