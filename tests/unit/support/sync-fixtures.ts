// Small factories for sync tests: ids, patches, changes and stored records.
import type { DeviceId, RecordId, UserId } from '../../../src/domain/ids';
import { uuidV7FromParts } from '../../../src/domain/ids';
import type { Change, Patch } from '../../../src/sync/protocol';

export const T0_MS = Date.UTC(2025, 4, 6, 9, 30);
export const DEVICE_A = 'device-a' as DeviceId;
export const DEVICE_B = 'device-b' as DeviceId;
export const USER_A = 'user-a' as UserId;
export const USER_B = 'user-b' as UserId;

/** A distinct, valid record id for each small number. */
export function recordId(n: number): RecordId {
  return uuidV7FromParts(T0_MS + n, new Uint8Array(10).fill(n % 256));
}

/** A valid patch to a finding; override any part. */
export function aPatch(overrides: Partial<Patch> = {}): Patch {
  return {
    seq: 1,
    entity: 'finding',
    id: recordId(1),
    set: { answer: 'barrier' },
    base: { answer: 0 },
    at: T0_MS,
    ...overrides,
  };
}

/** A change to a finding from device B; override any part. */
export function aChange(overrides: Partial<Change> = {}): Change {
  return {
    seq: 1,
    entity: 'finding',
    id: recordId(1),
    set: { answer: 'ok' },
    deviceId: DEVICE_B,
    userId: USER_B,
    at: T0_MS,
    ...overrides,
  };
}

/** A controllable clock starting at `T0_MS`. */
export function aClock(startMs = T0_MS) {
  let nowMs = startMs;
  return {
    now: () => nowMs,
    advance: (byMs: number) => {
      nowMs += byMs;
    },
  };
}

/** Deterministic id maker for server-made records. */
export function sequentialIds(start = 1000): () => RecordId {
  let next = start;
  return () => {
    next += 1;
    return recordId(next);
  };
}
