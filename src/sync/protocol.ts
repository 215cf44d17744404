// Sync protocol v1 on the wire: patches up, changes down, their limits and error codes. The
// schemas that read requests and answers are in protocol-schemas.ts, which the app loads only
// when it first syncs.
import type { EntityName, FieldValues } from '../domain/entities';
import type { DeviceId, RecordId, UserId } from '../domain/ids';

export const PROTOCOL_VERSION = 1;
/**
 * Patches one request may push; the outbox sends the rest in the next request. As many as a
 * default pull page, so a push's own changes come back in its answer.
 */
export const MAX_PATCHES_PER_REQUEST = 500;
/** The largest sync request body the server reads. */
export const SYNC_BODY_LIMIT_BYTES = 8 * 1024 * 1024;
/**
 * The most patch bytes (as JSON) a device puts in one push, far under SYNC_BODY_LIMIT_BYTES; a
 * single patch larger than this (an imported checklist of 1 MB) goes alone.
 */
export const PUSH_BATCH_MAX_BYTES = 2 * 1024 * 1024;
/** Changes one pull page may return at most, whatever `limit` the device asks for. */
export const MAX_PAGE_LIMIT = 1000;
/** Changes one pull page returns when the device gives no `limit`. */
export const DEFAULT_PAGE_LIMIT = 500;
/** A patch whose device clock is further ahead of the server than this is rejected. */
export const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
/** The `deviceId` of changes the server makes itself (conflict records); no device may use it. */
export const SERVER_DEVICE_ID = 'server' as DeviceId;

/** Why the server rejected one patch; `message` says the same for a person. */
export const SYNC_ERROR_CODES = [
  'invalid_patch',
  'unknown_entity',
  'invalid_id',
  'empty_patch',
  'unknown_field',
  'read_only_field',
  'unknown_record',
  'wrong_type',
  'too_long',
  'out_of_range',
  'not_an_option',
  'invalid_base',
  'clock_ahead',
  'gap',
  'duplicate_mismatch',
  'forbidden',
  'not_owner',
  'signed',
  'transition',
  'own_sign_off',
  'not_author',
  'required',
  'inconsistent',
  'amendment_full',
] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

/** A checked local edit: the device's `seq`, the fields it sets and the version each builds on. */
export interface Patch {
  /** Counts this device's patches 1, 2, 3 with no gaps. */
  seq: number;
  entity: EntityName;
  id: RecordId;
  set: FieldValues;
  /** For each field set, the server seq of the value the device had when editing (0 if none). */
  base: Record<string, number>;
  /** The device clock in ms, for display only; nothing is ordered by it. */
  at: number;
}

/** One applied patch (or a server-made record) with its organization-wide `seq`. */
export interface Change {
  seq: number;
  entity: EntityName;
  id: RecordId;
  set: FieldValues;
  deviceId: DeviceId;
  userId: UserId;
  at: number;
}

export interface Rejection {
  /** The device seq of the rejected patch. */
  seq: number;
  code: SyncErrorCode;
  message: string;
}

/** A patch as it arrives, before `validatePatch` has looked inside it. */
export interface RawPatch {
  seq: number;
  entity?: unknown;
  id?: unknown;
  set?: unknown;
  base?: unknown;
  at?: unknown;
}

export interface SyncRequest {
  deviceId: DeviceId;
  /** The highest change seq the device has applied; 0 for a new device. */
  cursor: number;
  /** Unacknowledged patches in seq order, starting with the oldest. */
  push: RawPatch[];
  limit?: number;
  /** True while the device is paging through a snapshot it was served (see `SyncResponse`). */
  snapshot?: boolean;
}

export interface SyncResponse {
  /** The highest device seq the server has processed (applied or rejected); 0 if none. */
  acked: number;
  rejected: Rejection[];
  changes: Change[];
  cursor: number;
  /** More changes wait; ask again with the new cursor (and `snapshot` if this page was one). */
  more: boolean;
  /** The changes are a snapshot: one per record with all its current fields, in seq order. */
  snapshot?: boolean;
}

/** Who is syncing, as the server knows them after checking the token. */
export interface SyncAuth {
  organizationId: string;
  userId: UserId;
}

/** `POST /api/v1/sync` seen from the device: the HTTP client and in-memory servers implement it. */
export interface SyncTransport<Auth = SyncAuth> {
  sync(auth: Auth, request: SyncRequest): Promise<SyncResponse>;
}

/** The bytes `text` takes as UTF-8, counted without an encoder (the sync layer has no DOM). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      const isPair = next >= 0xdc00 && next <= 0xdfff;
      bytes += isPair ? 4 : 3;
      if (isPair) index += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The next push from the unacknowledged patches (oldest first): at most MAX_PATCHES_PER_REQUEST
 * of them and PUSH_BATCH_MAX_BYTES of JSON, but always the oldest one, so a large patch is sent
 * on its own rather than holding the outbox up.
 */
export function takePushBatch<P>(unsent: readonly P[]): P[] {
  const batch: P[] = [];
  let byteCount = 0;
  for (const patch of unsent.slice(0, MAX_PATCHES_PER_REQUEST)) {
    byteCount += utf8ByteLength(JSON.stringify(patch));
    if (batch.length > 0 && byteCount > PUSH_BATCH_MAX_BYTES) break;
    batch.push(patch);
  }
  return batch;
}
