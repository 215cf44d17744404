// A test device speaking the sync protocol over HTTP: numbered patches, a cursor, a token.
import { randomUUID } from 'node:crypto';
import type { Change, RawPatch, SyncResponse } from '../../../src/sync/protocol';
import { ADMIN, type JsonResponse, requestJson } from './http';

export interface TestDevice {
  deviceId: string;
  token: string;
  nextSeq: number;
  cursor: number;
}

/** Sets up the server's first organization and returns its admin's token. */
export async function setUpOrganization(baseUrl: string, admin = ADMIN): Promise<string> {
  const setup = await requestJson(baseUrl, 'POST', '/api/v1/setup', { body: admin });
  if (setup.status !== 201) throw new Error(`Setup failed: ${JSON.stringify(setup.body)}`);
  return (setup.body as { token: string }).token;
}

export function newDevice(token: string): TestDevice {
  return { deviceId: `device-${randomUUID()}`, token, nextSeq: 1, cursor: 0 };
}

/** A patch of this device setting `set` on a record, based on the versions in `base`. */
export function patch(
  device: TestDevice,
  entity: string,
  id: string,
  set: Record<string, unknown>,
  base: Record<string, number> = {},
): RawPatch {
  const fullBase = Object.fromEntries(Object.keys(set).map((field) => [field, base[field] ?? 0]));
  const made = { seq: device.nextSeq, entity, id, set, base: fullBase, at: Date.now() };
  device.nextSeq += 1;
  return made;
}

export async function postSync(
  baseUrl: string,
  device: TestDevice,
  push: RawPatch[],
  extra: Record<string, unknown> = {},
): Promise<JsonResponse> {
  return requestJson(baseUrl, 'POST', '/api/v1/sync', {
    token: device.token,
    body: { deviceId: device.deviceId, cursor: device.cursor, push, ...extra },
  });
}

/** Syncs and moves the device's cursor; fails the test on a non-200 answer. */
export async function sync(
  baseUrl: string,
  device: TestDevice,
  push: RawPatch[] = [],
  extra: Record<string, unknown> = {},
): Promise<SyncResponse> {
  const response = await postSync(baseUrl, device, push, extra);
  if (response.status !== 200)
    throw new Error(`Sync answered ${response.status}: ${JSON.stringify(response.body)}`);
  const body = response.body as SyncResponse;
  device.cursor = body.cursor;
  return body;
}

/** Pulls every page until `more` is false and returns all the changes seen. */
export async function pullAll(
  baseUrl: string,
  device: TestDevice,
  limit?: number,
): Promise<Change[]> {
  const seen: Change[] = [];
  let snapshot = false;
  for (;;) {
    const body = await sync(baseUrl, device, [], {
      ...(limit ? { limit } : {}),
      ...(snapshot ? { snapshot } : {}),
    });
    seen.push(...body.changes);
    snapshot = body.snapshot === true && body.more;
    if (!body.more) return seen;
  }
}
