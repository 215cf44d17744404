// Values and requests to try on both the OpenAPI document's schemas and the server's own checks.
import { randomUUID } from 'node:crypto';
import type { FieldSpec } from '../../../src/domain/entities';
import {
  MAX_PAGE_LIMIT,
  MAX_PATCHES_PER_REQUEST,
  type SyncErrorCode,
} from '../../../src/sync/protocol';

/** Every rejection code; `satisfies` fails to compile when the protocol adds or drops one. */
export const EVERY_SYNC_ERROR_CODE = Object.keys({
  invalid_patch: true,
  unknown_entity: true,
  invalid_id: true,
  empty_patch: true,
  unknown_field: true,
  read_only_field: true,
  unknown_record: true,
  wrong_type: true,
  too_long: true,
  out_of_range: true,
  not_an_option: true,
  invalid_base: true,
  clock_ahead: true,
  gap: true,
  duplicate_mismatch: true,
  forbidden: true,
  not_owner: true,
  signed: true,
  transition: true,
  own_sign_off: true,
  not_author: true,
  required: true,
  inconsistent: true,
  amendment_full: true,
} satisfies Record<SyncErrorCode, true>);

function edgeValues(spec: FieldSpec): unknown[] {
  switch (spec.kind) {
    case 'enum':
      return [spec.values[0]];
    case 'string':
      return ['x'.repeat(spec.maxLength), 'x'.repeat(spec.maxLength + 1)];
    case 'string-list':
      return [Array(spec.maxItems + 1).fill('a'), ['x'.repeat(spec.maxItemLength + 1)]];
    case 'number-map': {
      const keys = Array.from({ length: spec.maxEntries + 1 }, (_, index) => `k${index}`);
      const tooMany = Object.fromEntries(keys.map((key) => [key, 1]));
      return [{ ['k'.repeat(spec.maxKeyLength + 1)]: 1 }, tooMany];
    }
    default:
      return [];
  }
}

/** Values to try on a field: a mix of types and formats, plus the edges of its own limits. */
export function fieldValueProbes(spec: FieldSpec): unknown[] {
  const scalars = [null, true, 0, -1, 1.5, 7, 2e6, '', 'ok', 'EUR', 'a'.repeat(64), '2024-02-29'];
  const shapes = [randomUUID(), randomUUID().toUpperCase(), ['a'], [1], { a: 1 }, { a: 'x' }];
  return [...scalars, ...shapes, ...edgeValues(spec)];
}

/** Sync request bodies around each request-level rule. */
export function syncRequestProbes(): unknown[] {
  const edit = { seq: 1, entity: 'room', id: randomUUID(), set: { name: 'Hall' }, at: 1 };
  const pushOf = (length: number) =>
    Array.from({ length }, (_, index) => ({ ...edit, seq: index + 1 }));
  const fine = { deviceId: 'tablet_1', cursor: 0, push: [edit] };
  return [
    fine,
    { ...fine, limit: MAX_PAGE_LIMIT, snapshot: true },
    { ...fine, push: pushOf(MAX_PATCHES_PER_REQUEST) },
    { ...fine, push: pushOf(MAX_PATCHES_PER_REQUEST + 1) },
    { ...fine, limit: MAX_PAGE_LIMIT + 1 },
    { ...fine, limit: 0 },
    { ...fine, cursor: -1 },
    { ...fine, cursor: 1.5 },
    { ...fine, deviceId: 'server' },
    { ...fine, deviceId: 'has space' },
    { ...fine, deviceId: 'x'.repeat(101) },
    { ...fine, snapshot: 'yes' },
    { deviceId: 'tablet_1', cursor: 0 },
  ];
}
