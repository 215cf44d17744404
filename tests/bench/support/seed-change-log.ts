// Fills an organization's change log and records directly through Kysely, far faster than pushing.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Schema } from '../../../src/server/db/schema';

export interface LogOwner {
  organizationId: string;
  userId: string;
}

/** At eight parameters a row, one insert stays well under SQLite's and PostgreSQL's limits. */
const ROWS_PER_INSERT = 1_000;
/** Each seeded room is renamed this many times, as rooms are edited over a visit. */
const CHANGES_PER_RECORD = 10;
const SEED_DEVICE_ID = 'bench-seed';
const ROOM_NOTES = 'Narrow doorway (720 mm clear) and a 25 mm threshold; lighting adequate.';

/** The organization and admin that `POST /api/v1/setup` created. */
export async function organizationOwner(db: Kysely<Schema>): Promise<LogOwner> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'organization_id'])
    .executeTakeFirstOrThrow();
  return { organizationId: user.organization_id, userId: user.id };
}

function changeRow(owner: LogOwner, recordId: string, seq: number, atMs: number) {
  return {
    organization_id: owner.organizationId,
    seq,
    entity: 'room',
    record_id: recordId,
    set_json: JSON.stringify({ name: `Room ${seq}`, notes: ROOM_NOTES }),
    device_id: SEED_DEVICE_ID,
    user_id: owner.userId,
    at: atMs + seq,
  };
}

function recordRow(owner: LogOwner, recordId: string, latestSeq: number, atMs: number) {
  const writer = { deviceId: SEED_DEVICE_ID, userId: owner.userId, at: atMs + latestSeq };
  const state = {
    fields: { name: `Room ${latestSeq}`, notes: ROOM_NOTES },
    versions: { name: latestSeq, notes: latestSeq },
    lastWriter: { name: writer, notes: writer },
  };
  return {
    organization_id: owner.organizationId,
    entity: 'room',
    record_id: recordId,
    state_json: JSON.stringify(state),
    latest_seq: latestSeq,
  };
}

async function insertChanges(
  transaction: Transaction<Schema>,
  owner: LogOwner,
  recordIds: readonly string[],
  changeCount: number,
  atMs: number,
) {
  for (let firstSeq = 1; firstSeq <= changeCount; firstSeq += ROWS_PER_INSERT) {
    const lastSeq = Math.min(changeCount, firstSeq + ROWS_PER_INSERT - 1);
    const rows = [];
    for (let seq = firstSeq; seq <= lastSeq; seq += 1) {
      const recordId = recordIds[Math.floor((seq - 1) / CHANGES_PER_RECORD)] ?? '';
      rows.push(changeRow(owner, recordId, seq, atMs));
    }
    await transaction.insertInto('changes').values(rows).execute();
  }
}

async function insertRecords(
  transaction: Transaction<Schema>,
  owner: LogOwner,
  recordIds: readonly string[],
  changeCount: number,
  atMs: number,
) {
  for (let first = 0; first < recordIds.length; first += ROWS_PER_INSERT) {
    const rows = recordIds.slice(first, first + ROWS_PER_INSERT).map((recordId, offset) => {
      const latestSeq = Math.min(changeCount, (first + offset + 1) * CHANGES_PER_RECORD);
      return recordRow(owner, recordId, latestSeq, atMs);
    });
    await transaction.insertInto('records').values(rows).execute();
  }
}

/**
 * Writes changes 1 to `changeCount` of an organization with an empty log (rooms renamed ten times
 * each), their records' current state, and the organization's seq counter, in one transaction.
 */
export async function seedChangeLog(
  db: Kysely<Schema>,
  owner: LogOwner,
  changeCount: number,
): Promise<void> {
  const recordCount = Math.ceil(changeCount / CHANGES_PER_RECORD);
  const recordIds = Array.from({ length: recordCount }, () => randomUUID());
  const atMs = Date.now() - changeCount;
  await db.transaction().execute(async (transaction) => {
    await insertChanges(transaction, owner, recordIds, changeCount, atMs);
    await insertRecords(transaction, owner, recordIds, changeCount, atMs);
    await transaction
      .insertInto('organization_counters')
      .values({ organization_id: owner.organizationId, last_seq: changeCount })
      .onConflict((conflict) =>
        conflict.column('organization_id').doUpdateSet({ last_seq: changeCount }),
      )
      .execute();
  });
}
