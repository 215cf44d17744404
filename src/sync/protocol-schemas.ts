// The schemas that read sync requests (on the server) and answers (on the device), apart from
// the protocol's types and limits so that the app's first download does not carry them.
import * as v from 'valibot';
import { ENTITY_NAMES, type JsonValue } from '../domain/entities';
import { type DeviceId, isRecordId, type RecordId, type UserId } from '../domain/ids';
import {
  MAX_PAGE_LIMIT,
  MAX_PATCHES_PER_REQUEST,
  SERVER_DEVICE_ID,
  SYNC_ERROR_CODES,
  type SyncErrorCode,
  type SyncRequest,
  type SyncResponse,
} from './protocol';

const DEVICE_ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;
const count = (min: number) => v.pipe(v.number(), v.safeInteger(), v.minValue(min));
const recordIdSchema = v.custom<RecordId>(isRecordId, 'must be a lower-case UUID');
const deviceIdSchema = v.pipe(
  v.string(),
  v.regex(DEVICE_ID_PATTERN, 'must be 1 to 100 letters, digits, "-" or "_"'),
  v.check((deviceId) => deviceId !== SERVER_DEVICE_ID, 'is reserved for the server'),
  v.transform((deviceId) => deviceId as DeviceId),
);
const jsonValueSchema: v.GenericSchema<JsonValue> = v.lazy(() =>
  v.union([
    v.string(),
    v.pipe(v.number(), v.finite()),
    v.boolean(),
    v.null(),
    v.array(jsonValueSchema),
    v.record(v.string(), jsonValueSchema),
  ]),
);

/** Only `seq` must be sound for the request to be read; the rest is checked patch by patch. */
export const RawPatchSchema = v.object({
  seq: count(1),
  entity: v.optional(v.unknown()),
  id: v.optional(v.unknown()),
  set: v.optional(v.unknown()),
  base: v.optional(v.unknown()),
  at: v.optional(v.unknown()),
});

export const SyncRequestSchema = v.object({
  deviceId: deviceIdSchema,
  cursor: count(0),
  push: v.pipe(v.array(RawPatchSchema), v.maxLength(MAX_PATCHES_PER_REQUEST)),
  limit: v.optional(v.pipe(count(1), v.maxValue(MAX_PAGE_LIMIT))),
  snapshot: v.optional(v.boolean()),
});

export const ChangeSchema = v.object({
  seq: count(1),
  entity: v.picklist(ENTITY_NAMES),
  id: recordIdSchema,
  set: v.record(v.string(), jsonValueSchema),
  deviceId: v.pipe(
    v.string(),
    v.transform((deviceId) => deviceId as DeviceId),
  ),
  userId: v.pipe(
    v.string(),
    v.transform((userId) => userId as UserId),
  ),
  at: v.pipe(v.number(), v.finite()),
});

export const SyncResponseSchema = v.object({
  acked: count(0),
  rejected: v.array(v.object({ seq: count(1), code: v.string(), message: v.string() })),
  changes: v.array(ChangeSchema),
  cursor: count(0),
  more: v.boolean(),
  snapshot: v.optional(v.boolean()),
});

/** The outcome of reading a request or response body. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Reads a `POST /sync` body; a failure is a 400 for the whole request. */
export function parseSyncRequest(input: unknown): Parsed<SyncRequest> {
  const result = v.safeParse(SyncRequestSchema, input);
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, message: v.summarize(result.issues) };
}

/** Reads the server's answer on the device; unknown rejection codes are kept as `invalid_patch`. */
export function parseSyncResponse(input: unknown): Parsed<SyncResponse> {
  const result = v.safeParse(SyncResponseSchema, input);
  if (!result.success) return { ok: false, message: v.summarize(result.issues) };
  const rejected = result.output.rejected.map((rejection) => ({
    ...rejection,
    code: isSyncErrorCode(rejection.code) ? rejection.code : ('invalid_patch' as const),
  }));
  return { ok: true, value: { ...result.output, rejected } };
}

/** True when `value` is one of the rejection codes of this protocol version. */
export function isSyncErrorCode(value: unknown): value is SyncErrorCode {
  return typeof value === 'string' && (SYNC_ERROR_CODES as readonly string[]).includes(value);
}
