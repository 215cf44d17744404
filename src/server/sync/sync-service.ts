// POST /api/v1/sync on the server: apply pushed patches in device order under the organization's
// seq lock, then serve the next page of changes (or of a snapshot, for a new device).
import type { Kysely, Transaction } from 'kysely';
import type { EntityName } from '../../domain/entities';
import type { DeviceId, RecordId, UserId } from '../../domain/ids';
import type { Change, RawPatch, Rejection, SyncRequest, SyncResponse } from '../../sync/protocol';
import {
  buildSnapshot,
  checkPatchTarget,
  classifyPatch,
  mergePatch,
  pageLimit,
  patchDigest,
  type StoredRecord,
} from '../../sync/server-rules';
import { validatePatch } from '../../sync/validate-patch';
import type { Database } from '../db/database';
import type { Schema } from '../db/schema';

export interface SyncCaller {
  organizationId: string;
  userId: string;
}

export interface SyncServiceOptions {
  now: () => number;
  newId: () => RecordId;
}

interface PushOutcome {
  acked: number;
  rejected: Rejection[];
}

type Pending = Map<
  string,
  { entity: EntityName; id: RecordId; record: StoredRecord; latestSeq: number }
>;

interface PushState {
  lastSeq: number;
  deviceSeq: number;
  /** The changes to append, each with the device seq of the patch it applied (null for conflicts). */
  changes: { change: Change; deviceSeq: number | null }[];
  records: Pending;
  processed: { seq: number; digest: string; rejection?: Rejection }[];
  rejected: Rejection[];
}

const recordKey = (entity: string, id: string) => `${entity}/${id}`;

async function lockCounter(
  transaction: Transaction<Schema>,
  kind: Database['kind'],
  organizationId: string,
) {
  await transaction
    .insertInto('organization_counters')
    .values({ organization_id: organizationId, last_seq: 0 })
    .onConflict((conflict) => conflict.column('organization_id').doNothing())
    .execute();
  let query = transaction
    .selectFrom('organization_counters')
    .select('last_seq')
    .where('organization_id', '=', organizationId);
  // Holding this row until commit makes commit order equal seq order on PostgreSQL; SQLite
  // already runs one write transaction at a time.
  if (kind === 'postgres') query = query.forUpdate();
  return (await query.executeTakeFirstOrThrow()).last_seq;
}

async function loadRecord(
  transaction: Transaction<Schema>,
  organizationId: string,
  state: PushState,
  entity: EntityName,
  id: RecordId,
) {
  const pending = state.records.get(recordKey(entity, id));
  if (pending !== undefined) return pending.record;
  const row = await transaction
    .selectFrom('records')
    .select('state_json')
    .where('organization_id', '=', organizationId)
    .where('entity', '=', entity)
    .where('record_id', '=', id)
    .executeTakeFirst();
  return row === undefined ? undefined : (JSON.parse(row.state_json) as StoredRecord);
}

/** The sync service over the organization's database. */
export function createSyncService(database: Database, options: SyncServiceOptions) {
  const { db, kind } = database;

  async function repeatOutcome(
    transaction: Transaction<Schema>,
    caller: SyncCaller,
    deviceId: DeviceId,
    raw: RawPatch,
    state: PushState,
  ) {
    const stored = await transaction
      .selectFrom('processed_patches')
      .select(['digest', 'rejection_code', 'rejection_message'])
      .where('organization_id', '=', caller.organizationId)
      .where('device_id', '=', deviceId)
      .where('seq', '=', raw.seq)
      .executeTakeFirst();
    const order = classifyPatch(state.deviceSeq, raw, stored?.digest);
    if (order === 'duplicate_mismatch') {
      state.rejected.push({
        seq: raw.seq,
        code: 'duplicate_mismatch',
        message: `Change ${raw.seq} of this device was already received with different content.`,
      });
    } else if (stored?.rejection_code != null) {
      state.rejected.push({
        seq: raw.seq,
        code: stored.rejection_code as Rejection['code'],
        message: stored.rejection_message ?? '',
      });
    }
  }

  async function applyOne(
    transaction: Transaction<Schema>,
    caller: SyncCaller,
    deviceId: DeviceId,
    raw: RawPatch,
    state: PushState,
  ) {
    const digest = patchDigest(raw);
    const verdict = validatePatch(raw, options.now());
    const reject = (code: Rejection['code'], message: string) => {
      const rejection = { seq: raw.seq, code, message };
      state.rejected.push(rejection);
      state.processed.push({ seq: raw.seq, digest, rejection });
    };
    state.deviceSeq = raw.seq;
    if (!verdict.ok) return reject(verdict.code, verdict.message);
    const { patch } = verdict;
    const current = await loadRecord(
      transaction,
      caller.organizationId,
      state,
      patch.entity,
      patch.id,
    );
    const targetProblem = checkPatchTarget(current, patch);
    if (targetProblem !== undefined) return reject(targetProblem.code, targetProblem.message);
    const result = mergePatch(
      current,
      patch,
      { deviceId, userId: caller.userId as UserId },
      {
        nextSeq: () => ++state.lastSeq,
        newId: options.newId,
        nowMs: options.now(),
      },
    );
    state.changes.push(
      ...result.changes.map((change, index) => ({
        change,
        deviceSeq: index === 0 ? raw.seq : null,
      })),
    );
    for (const write of result.writes) {
      state.records.set(recordKey(write.entity, write.id), { ...write, latestSeq: state.lastSeq });
    }
    state.processed.push({ seq: raw.seq, digest });
  }

  async function save(
    transaction: Transaction<Schema>,
    caller: SyncCaller,
    deviceId: DeviceId,
    state: PushState,
  ) {
    const organizationId = caller.organizationId;
    if (state.changes.length > 0) {
      await transaction
        .insertInto('changes')
        .values(
          state.changes.map(({ change, deviceSeq }) => ({
            organization_id: organizationId,
            device_seq: deviceSeq,
            seq: change.seq,
            entity: change.entity,
            record_id: change.id,
            set_json: JSON.stringify(change.set),
            device_id: change.deviceId,
            user_id: change.userId,
            at: change.at,
          })),
        )
        .execute();
    }
    for (const pending of state.records.values()) {
      const values = { state_json: JSON.stringify(pending.record), latest_seq: pending.latestSeq };
      await transaction
        .insertInto('records')
        .values({
          organization_id: organizationId,
          entity: pending.entity,
          record_id: pending.id,
          ...values,
        })
        .onConflict((conflict) =>
          conflict.columns(['organization_id', 'entity', 'record_id']).doUpdateSet(values),
        )
        .execute();
    }
    if (state.processed.length > 0) {
      await transaction
        .insertInto('processed_patches')
        .values(
          state.processed.map((item) => ({
            organization_id: organizationId,
            device_id: deviceId,
            seq: item.seq,
            digest: item.digest,
            rejection_code: item.rejection?.code ?? null,
            rejection_message: item.rejection?.message ?? null,
          })),
        )
        .execute();
    }
    await transaction
      .updateTable('organization_counters')
      .set({ last_seq: state.lastSeq })
      .where('organization_id', '=', organizationId)
      .execute();
    await transaction
      .updateTable('devices')
      .set({ last_seq: state.deviceSeq, user_id: caller.userId })
      .where('organization_id', '=', organizationId)
      .where('device_id', '=', deviceId)
      .execute();
  }

  async function deviceSeqOf(
    executor: Kysely<Schema> | Transaction<Schema>,
    caller: SyncCaller,
    deviceId: DeviceId,
  ) {
    const row = await executor
      .selectFrom('devices')
      .select('last_seq')
      .where('organization_id', '=', caller.organizationId)
      .where('device_id', '=', deviceId)
      .executeTakeFirst();
    return row?.last_seq;
  }

  async function push(caller: SyncCaller, request: SyncRequest): Promise<PushOutcome> {
    return db.transaction().execute(async (transaction) => {
      const lastSeq = await lockCounter(transaction, kind, caller.organizationId);
      let deviceSeq = await deviceSeqOf(transaction, caller, request.deviceId);
      if (deviceSeq === undefined) {
        deviceSeq = 0;
        await transaction
          .insertInto('devices')
          .values({
            organization_id: caller.organizationId,
            device_id: request.deviceId,
            user_id: caller.userId,
            last_seq: 0,
            created_at: options.now(),
          })
          .execute();
      }
      const state: PushState = {
        lastSeq,
        deviceSeq,
        changes: [],
        records: new Map(),
        processed: [],
        rejected: [],
      };
      for (const raw of [...request.push].sort((left, right) => left.seq - right.seq)) {
        if (raw.seq <= state.deviceSeq)
          await repeatOutcome(transaction, caller, request.deviceId, raw, state);
        else if (raw.seq > state.deviceSeq + 1) {
          state.rejected.push({
            seq: raw.seq,
            code: 'gap',
            message: `Change ${raw.seq} arrived before change ${state.deviceSeq + 1} of this device.`,
          });
          break;
        } else await applyOne(transaction, caller, request.deviceId, raw, state);
      }
      await save(transaction, caller, request.deviceId, state);
      return { acked: state.deviceSeq, rejected: state.rejected };
    });
  }

  async function pullLog(organizationId: string, cursor: number, limit: number) {
    const rows = await db
      .selectFrom('changes')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('seq', '>', cursor)
      .orderBy('seq')
      .limit(limit + 1)
      .execute();
    const changes: Change[] = rows.slice(0, limit).map((row) => ({
      seq: row.seq,
      entity: row.entity as EntityName,
      id: row.record_id as RecordId,
      set: JSON.parse(row.set_json),
      deviceId: row.device_id as DeviceId,
      userId: row.user_id as UserId,
      at: row.at,
    }));
    return { changes, cursor: changes.at(-1)?.seq ?? cursor, more: rows.length > limit };
  }

  async function pullSnapshot(organizationId: string, cursor: number, limit: number) {
    const rows = await db
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

  /** Handles one sync request of a signed-in user. */
  async function sync(caller: SyncCaller, request: SyncRequest): Promise<SyncResponse> {
    const pushed =
      request.push.length > 0
        ? await push(caller, request)
        : { acked: (await deviceSeqOf(db, caller, request.deviceId)) ?? 0, rejected: [] };
    const limit = pageLimit(request.limit);
    const isSnapshot = request.cursor === 0 || request.snapshot === true;
    const page = isSnapshot
      ? await pullSnapshot(caller.organizationId, request.cursor, limit)
      : await pullLog(caller.organizationId, request.cursor, limit);
    return { ...pushed, ...page };
  }

  return { sync };
}

export type SyncService = ReturnType<typeof createSyncService>;
