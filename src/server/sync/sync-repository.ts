// The sync tables as the sync service needs them: the seq lock, records loaded and saved in
// batches, the change log and snapshot pages, processed patches and device positions.
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { EntityName } from '../../domain/entities';
import type { DeviceId, RecordId, UserId } from '../../domain/ids';
import type { Change, Rejection } from '../../sync/protocol';
import { buildSnapshot, type StoredRecord } from '../../sync/server-rules';
import type { Database } from '../db/database';
import type { ChangesTable, Schema } from '../db/schema';

type Executor = Kysely<Schema> | Transaction<Schema>;

export const recordKey = (entity: string, id: string) => `${entity}/${id}`;

/** A record to save with the seq of its latest change. */
export interface RecordWriteRow {
  entity: EntityName;
  id: RecordId;
  record: StoredRecord;
  latestSeq: number;
}

export interface ProcessedRow {
  seq: number;
  digest: string;
  rejection?: Rejection;
}

export interface Page {
  changes: Change[];
  cursor: number;
  more: boolean;
  snapshot?: boolean;
}

/**
 * Takes the organization's seq counter for this transaction and returns its value. Holding the
 * row until commit makes commit order equal seq order on PostgreSQL; SQLite runs one writer at a
 * time anyway.
 */
export async function lockCounter(
  transaction: Transaction<Schema>,
  kind: Database['kind'],
  organizationId: string,
): Promise<number> {
  await transaction
    .insertInto('organization_counters')
    .values({ organization_id: organizationId, last_seq: 0 })
    .onConflict((conflict) => conflict.column('organization_id').doNothing())
    .execute();
  let query = transaction
    .selectFrom('organization_counters')
    .select('last_seq')
    .where('organization_id', '=', organizationId);
  if (kind === 'postgres') query = query.forUpdate();
  return (await query.executeTakeFirstOrThrow()).last_seq;
}

/**
 * The stored state of every record given, keyed by `recordKey`: one query per entity, so each
 * lookup uses the whole primary key (organization, entity, record) instead of scanning the
 * organization's records.
 */
export async function loadRecords(
  executor: Executor,
  organizationId: string,
  keys: readonly { entity: EntityName; id: RecordId }[],
): Promise<Map<string, StoredRecord>> {
  const found = new Map<string, StoredRecord>();
  const idsByEntity = new Map<EntityName, Set<RecordId>>();
  for (const { entity, id } of keys) {
    const ids = idsByEntity.get(entity) ?? new Set<RecordId>();
    ids.add(id);
    idsByEntity.set(entity, ids);
  }
  for (const [entity, ids] of idsByEntity) {
    const rows = await executor
      .selectFrom('records')
      .select(['entity', 'record_id', 'state_json'])
      .where('organization_id', '=', organizationId)
      .where('entity', '=', entity)
      .where('record_id', 'in', [...ids])
      .execute();
    for (const row of rows)
      found.set(recordKey(row.entity, row.record_id), JSON.parse(row.state_json) as StoredRecord);
  }
  return found;
}

/** The device's last processed seq, or undefined for a device the server has not seen. */
export async function deviceSeqOf(
  executor: Executor,
  organizationId: string,
  deviceId: DeviceId,
): Promise<number | undefined> {
  const row = await executor
    .selectFrom('devices')
    .select('last_seq')
    .where('organization_id', '=', organizationId)
    .where('device_id', '=', deviceId)
    .executeTakeFirst();
  return row?.last_seq;
}

/** The device's last processed seq and the user it belongs to, or undefined for a new device. */
export async function deviceRowOf(
  executor: Executor,
  organizationId: string,
  deviceId: DeviceId,
): Promise<{ lastSeq: number; userId: string } | undefined> {
  const row = await executor
    .selectFrom('devices')
    .select(['last_seq', 'user_id'])
    .where('organization_id', '=', organizationId)
    .where('device_id', '=', deviceId)
    .executeTakeFirst();
  return row === undefined ? undefined : { lastSeq: row.last_seq, userId: row.user_id };
}

/**
 * The amendment records of the given assessments, keyed by `recordKey`: amendments are few per
 * organization, so their key range is read and filtered on the assessment each names.
 */
export async function loadAmendments(
  executor: Executor,
  kind: Database['kind'],
  organizationId: string,
  assessmentIds: readonly RecordId[],
): Promise<Map<string, StoredRecord>> {
  const found = new Map<string, StoredRecord>();
  if (assessmentIds.length === 0) return found;
  const assessmentOfState =
    kind === 'postgres'
      ? sql<string>`(state_json::jsonb #>> '{fields,assessmentId}')`
      : sql<string>`json_extract(state_json, '$.fields.assessmentId')`;
  const rows = await executor
    .selectFrom('records')
    .select(['record_id', 'state_json'])
    .where('organization_id', '=', organizationId)
    .where('entity', '=', 'amendment')
    .where(assessmentOfState, 'in', [...assessmentIds])
    .execute();
  for (const row of rows) {
    found.set(recordKey('amendment', row.record_id), JSON.parse(row.state_json) as StoredRecord);
  }
  return found;
}

export async function addDevice(
  transaction: Transaction<Schema>,
  organizationId: string,
  deviceId: DeviceId,
  userId: string,
  nowMs: number,
): Promise<void> {
  await transaction
    .insertInto('devices')
    .values({
      organization_id: organizationId,
      device_id: deviceId,
      user_id: userId,
      last_seq: 0,
      created_at: nowMs,
    })
    .execute();
}

/** The stored digest and rejection of a patch the device sent before. */
export function processedPatch(
  transaction: Transaction<Schema>,
  organizationId: string,
  deviceId: DeviceId,
  seq: number,
) {
  return transaction
    .selectFrom('processed_patches')
    .select(['digest', 'rejection_code', 'rejection_message'])
    .where('organization_id', '=', organizationId)
    .where('device_id', '=', deviceId)
    .where('seq', '=', seq)
    .executeTakeFirst();
}

export interface PushWrites {
  organizationId: string;
  deviceId: DeviceId;
  userId: string;
  lastSeq: number;
  deviceSeq: number;
  changes: { change: Change; deviceSeq: number | null }[];
  records: RecordWriteRow[];
  processed: ProcessedRow[];
}

/** Writes everything one push decided, in the caller's transaction, a few statements in all. */
export async function savePush(
  transaction: Transaction<Schema>,
  writes: PushWrites,
): Promise<void> {
  const { organizationId, deviceId } = writes;
  if (writes.changes.length > 0) {
    await transaction
      .insertInto('changes')
      .values(
        writes.changes.map(({ change, deviceSeq }) => ({
          organization_id: organizationId,
          seq: change.seq,
          entity: change.entity,
          record_id: change.id,
          set_json: JSON.stringify(change.set),
          device_id: change.deviceId,
          user_id: change.userId,
          at: change.at,
          device_seq: deviceSeq,
        })),
      )
      .execute();
  }
  if (writes.records.length > 0) {
    await transaction
      .insertInto('records')
      .values(
        writes.records.map((write) => ({
          organization_id: organizationId,
          entity: write.entity,
          record_id: write.id,
          state_json: JSON.stringify(write.record),
          latest_seq: write.latestSeq,
        })),
      )
      .onConflict((conflict) =>
        conflict.columns(['organization_id', 'entity', 'record_id']).doUpdateSet((update) => ({
          state_json: update.ref('excluded.state_json'),
          latest_seq: update.ref('excluded.latest_seq'),
        })),
      )
      .execute();
  }
  if (writes.processed.length > 0) {
    await transaction
      .insertInto('processed_patches')
      .values(
        writes.processed.map((item) => ({
          organization_id: organizationId,
          device_id: deviceId,
          seq: item.seq,
          digest: item.digest,
          rejection_code: item.rejection?.code ?? null,
          // The message may quote what the device sent; PostgreSQL text cannot hold NUL.
          rejection_message: item.rejection?.message.replaceAll('\u0000', '\uFFFD') ?? null,
        })),
      )
      .execute();
  }
  await transaction
    .updateTable('organization_counters')
    .set({ last_seq: writes.lastSeq })
    .where('organization_id', '=', organizationId)
    .execute();
  await transaction
    .updateTable('devices')
    .set({ last_seq: writes.deviceSeq, user_id: writes.userId })
    .where('organization_id', '=', organizationId)
    .where('device_id', '=', deviceId)
    .execute();
}

/** A device's cursor is past the organization's last change: it has seen changes the server has not. */
export class CursorAheadError extends Error {
  override name = 'CursorAheadError';
  constructor(
    readonly cursor: number,
    readonly head: number,
  ) {
    super(
      `This device has seen changes up to ${cursor}, but the server's last change is ${head}; ` +
        'the server may have been restored from a backup. The device reads everything again.',
    );
  }
}

/**
 * Refuses a cursor past the organization's last change seq, which would otherwise be echoed
 * back and hide every change the server makes up to it. The counter only grows, so a cursor
 * within it here is within it for the rest of the request, and a cursor past it is refused
 * before anything is written.
 */
export async function checkCursorWithinHead(
  executor: Executor,
  organizationId: string,
  cursor: number,
): Promise<void> {
  if (cursor === 0) return;
  const row = await executor
    .selectFrom('organization_counters')
    .select('last_seq')
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  const head = row?.last_seq ?? 0;
  if (cursor > head) throw new CursorAheadError(cursor, head);
}

/** A row of the change log as the protocol's Change. */
export function changeFromRow(row: Selectable<ChangesTable>): Change {
  return {
    seq: row.seq,
    entity: row.entity as EntityName,
    id: row.record_id as RecordId,
    set: JSON.parse(row.set_json),
    deviceId: row.device_id as DeviceId,
    userId: row.user_id as UserId,
    at: row.at,
  };
}

/** The changes after `cursor`, in seq order, at most `limit`. */
export async function pullLog(
  executor: Executor,
  organizationId: string,
  cursor: number,
  limit: number,
): Promise<Page> {
  const rows = await executor
    .selectFrom('changes')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('seq', '>', cursor)
    .orderBy('seq')
    .limit(limit + 1)
    .execute();
  const changes = rows.slice(0, limit).map(changeFromRow);
  return { changes, cursor: changes.at(-1)?.seq ?? cursor, more: rows.length > limit };
}

/** A snapshot page: one change per record whose latest change is after `cursor`, in that order. */
export async function pullSnapshot(
  executor: Executor,
  organizationId: string,
  cursor: number,
  limit: number,
): Promise<Page> {
  const rows = await executor
    .selectFrom('records')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('latest_seq', '>', cursor)
    .orderBy('latest_seq')
    .limit(limit + 1)
    .execute();
  const changes = buildSnapshot(
    rows.slice(0, limit).map((row) => ({
      entity: row.entity as EntityName,
      id: row.record_id as RecordId,
      record: JSON.parse(row.state_json) as StoredRecord,
    })),
  );
  return {
    changes,
    cursor: changes.at(-1)?.seq ?? cursor,
    more: rows.length > limit,
    snapshot: true,
  };
}
