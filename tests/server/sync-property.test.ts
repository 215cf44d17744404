// The sync property against the real server's sync service and database (SQLite, and PostgreSQL
// when TEST_DATABASE_URL is set): devices converge and no acknowledged edit is lost.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { EntityName } from '../../src/domain/entities';
import { createIdMaker, type DeviceId, type RecordId } from '../../src/domain/ids';
import { createAuditLog } from '../../src/server/audit/audit-log';
import { migrateToLatest } from '../../src/server/db/migrations';
import { changeFromRow } from '../../src/server/sync/sync-repository';
import { createSyncService } from '../../src/server/sync/sync-service';
import { parseSyncRequest } from '../../src/sync/protocol-schemas';
import type { SnapshotRecord, StoredRecord } from '../../src/sync/server-rules';
import { recordKey } from '../unit/support/memory-sync-server';
import { aClock } from '../unit/support/sync-fixtures';
import {
  checkSyncProperty,
  RUNS,
  type ServerUnderTest,
  World,
} from '../unit/support/sync-property-harness';
import { databaseTargets, type TestDatabase } from './support/databases';

function serverUnderTest(
  testDatabase: TestDatabase,
  organizationId: string,
  clock: ReturnType<typeof aClock>,
): ServerUnderTest {
  const { db } = testDatabase.database;
  const service = createSyncService(testDatabase.database, {
    now: clock.now,
    newId: createIdMaker(clock.now, (count) => randomBytes(count)),
    auditLog: createAuditLog(testDatabase.database.db, clock.now),
  });
  const changeRows = () =>
    db
      .selectFrom('changes')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .orderBy('seq')
      .execute();
  return {
    async sync(auth, request) {
      const parsed = parseSyncRequest(JSON.parse(JSON.stringify(request)));
      if (!parsed.ok) throw new Error(parsed.message);
      const response = await service.sync(
        { organizationId, userId: auth.userId, name: 'Admin', role: 'admin' },
        parsed.value,
      );
      return JSON.parse(JSON.stringify(response));
    },
    async changes() {
      return (await changeRows()).map(changeFromRow);
    },
    async records() {
      const rows = await db
        .selectFrom('records')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .execute();
      return new Map(
        rows.map((row): [string, SnapshotRecord] => [
          recordKey(row.entity, row.record_id),
          {
            entity: row.entity as EntityName,
            id: row.record_id as RecordId,
            record: JSON.parse(row.state_json) as StoredRecord,
          },
        ]),
      );
    },
    async applied() {
      return (await changeRows())
        .filter((row) => row.device_seq !== null)
        .map((row) => ({
          deviceId: row.device_id as DeviceId,
          changeSeq: row.seq,
          patch: {
            seq: row.device_seq ?? 0,
            entity: row.entity as EntityName,
            id: row.record_id as RecordId,
            set: JSON.parse(row.set_json),
            base: {},
            at: row.at,
          },
        }));
    },
  };
}

describe.each(databaseTargets())('sync property on the real server ($name)', (target) => {
  let testDatabase: TestDatabase;
  let runNumber = 0;
  beforeAll(async () => {
    testDatabase = await target.open();
    await migrateToLatest(testDatabase.database);
  });
  afterAll(async () => {
    await testDatabase.dispose();
  });

  it(`converges and keeps every edit (${RUNS} runs)`, async () => {
    await checkSyncProperty(async () => {
      runNumber += 1;
      const clock = aClock();
      return new World(serverUnderTest(testDatabase, `organization-${runNumber}`, clock), clock);
    }, RUNS);
  }, 900_000);
});
