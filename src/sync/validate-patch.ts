// Checks one incoming patch against the entity registry before the server applies it.
import { type EntityName, type FieldValues, isEntityName } from '../domain/entities';
import { checkFieldValue } from '../domain/field-values';
import { isRecordId } from '../domain/ids';
import { MAX_CLOCK_SKEW_MS, type Patch, type RawPatch, type SyncErrorCode } from './protocol';

/** Why a patch or a field value is refused, for the device and for a person. */
export interface Problem {
  code: SyncErrorCode;
  message: string;
}

/** A checked patch, or the first problem found in it. */
export type PatchVerdict = { ok: true; patch: Patch } | ({ ok: false } & Problem);

/**
 * Checks a patch as the server receives it: a known entity, a UUID id, at least one field, every
 * field known, writable and of the right type, size and range, sound base versions, and a device
 * clock no more than `MAX_CLOCK_SKEW_MS` ahead of the server's `nowMs`.
 */
export function validatePatch(raw: RawPatch, nowMs: number): PatchVerdict {
  const { entity, id, set, base, at } = raw;
  if (!isEntityName(entity)) {
    return fail('unknown_entity', `There is no kind of record called ${describeValue(entity)}.`);
  }
  if (!isRecordId(id)) {
    return fail('invalid_id', `The ${entity} id ${describeValue(id)} is not a lower-case UUID.`);
  }
  if (!isPlainObject(set) || Object.keys(set).length === 0) {
    return fail('empty_patch', `The change to ${entity} ${id} sets no fields.`);
  }
  const setProblem = checkSet(entity, set);
  if (setProblem) return { ok: false, ...setProblem };
  const baseProblem = checkBase(entity, set, base);
  if (baseProblem) return { ok: false, ...baseProblem };
  const clockProblem = checkClock(at, nowMs);
  if (clockProblem) return { ok: false, ...clockProblem };
  const patch: Patch = {
    seq: raw.seq,
    entity,
    id,
    set: set as FieldValues,
    base: (base ?? {}) as Record<string, number>,
    at: at as number,
  };
  return { ok: true, patch };
}

function checkSet(entity: EntityName, set: Record<string, unknown>): Problem | undefined {
  for (const [field, value] of Object.entries(set)) {
    const problem = checkFieldValue(entity, field, value);
    if (problem) return problem;
  }
  return undefined;
}

function checkBase(
  entity: EntityName,
  set: Record<string, unknown>,
  base: unknown,
): Problem | undefined {
  if (base === undefined) return undefined;
  if (!isPlainObject(base)) {
    return { code: 'invalid_base', message: 'The base versions must be an object of field: seq.' };
  }
  for (const [field, version] of Object.entries(base)) {
    if (!Object.hasOwn(set, field)) {
      return { code: 'invalid_base', message: `${entity}.${field} has a base but is not set.` };
    }
    if (!Number.isSafeInteger(version) || (version as number) < 0) {
      const message = `The base version of ${entity}.${field} must be a whole number of 0 or more.`;
      return { code: 'invalid_base', message };
    }
  }
  return undefined;
}

/**
 * The edit time is stored in a 64-bit integer column, so it must be a whole number of
 * milliseconds; it must also be exact in a double (at most 2^53 - 1) and not before 1970.
 */
function checkClock(at: unknown, nowMs: number): Problem | undefined {
  if (typeof at !== 'number' || !Number.isInteger(at)) {
    const message = 'The edit time must be a whole number of milliseconds since 1970.';
    return { code: 'wrong_type', message };
  }
  if (at < 0 || !Number.isSafeInteger(at)) {
    const message = 'The edit time must be a date from 1970 on; set the device date and time.';
    return { code: 'out_of_range', message };
  }
  if (at > nowMs + MAX_CLOCK_SKEW_MS) {
    const hoursAhead = Math.round((at - nowMs) / 3_600_000);
    const advice = 'set its date and time';
    const message = `The device clock is ${hoursAhead} hours ahead of the server; ${advice}.`;
    return { code: 'clock_ahead', message };
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function fail(code: SyncErrorCode, message: string): PatchVerdict {
  return { ok: false, code, message };
}

function describeValue(value: unknown): string {
  const shown = typeof value === 'string' ? `"${value}"` : String(JSON.stringify(value));
  return shown.length > 60 ? `${shown.slice(0, 60)}…` : shown;
}
