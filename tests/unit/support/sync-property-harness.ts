// The sync property's world: devices, a flaky network, a server under test, and the oracles.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { EntityName, FieldValue, FieldValues } from '../../../src/domain/entities';
import type { DeviceId, RecordId, UserId } from '../../../src/domain/ids';
import type { Change, SyncAuth, SyncRequest, SyncResponse } from '../../../src/sync/protocol';
import { hasPendingEdits, rebase, serverView } from '../../../src/sync/replica';
import type { SnapshotRecord } from '../../../src/sync/server-rules';
import { sameValue } from '../../../src/sync/server-rules';
import { type FieldEdit, MemoryDevice } from './memory-device';
import { type AppliedPatch, recordKey } from './memory-sync-server';
import { type aClock, recordId } from './sync-fixtures';

const DEFAULT_RUNS = 200;
/** Runs of the property: SYNC_PROPERTY_RUNS, or 200 (CI's minimum). */
export const RUNS = Number.parseInt(process.env.SYNC_PROPERTY_RUNS ?? '', 10) || DEFAULT_RUNS;
export const ORGANIZATION = 'organization-1';
const DEVICE_COUNT = 3;
const STEP_MS = 1000;
const MAX_QUIET_ROUNDS = 10;

/** The records every device edits, and the values each field takes (few, so edits collide). */
export const SHARED_RECORDS: readonly { entity: EntityName; id: RecordId }[] = [
  { entity: 'finding', id: recordId(1) },
  { entity: 'finding', id: recordId(2) },
  { entity: 'client', id: recordId(3) },
];
const FIELD_VALUES: Partial<Record<EntityName, [string, FieldValue[]][]>> = {
  finding: [
    ['answer', ['ok', 'barrier', 'na']],
    ['severity', ['low', 'high', null]],
    ['notes', ['rug in hall', 'no rail by the bath', '']],
    ['deleted', [true, false]],
  ],
  client: [
    ['name', ['Ann Lee', 'Bo Kim']],
    ['fallRisk', ['low', 'high']],
    ['notes', ['lives alone', 'daughter visits daily']],
    ['deleted', [true, false]],
  ],
};

type Fate =
  | 'deliver'
  | 'drop-request'
  | 'drop-response'
  | 'repeat-request'
  | 'repeat-response'
  | 'delay-request';
export type Step =
  | { kind: 'edit'; device: number; record: number; picks: { field: number; value: number }[] }
  | { kind: 'sync'; device: number; fate: Fate; limit: number }
  | { kind: 'deliver-delayed'; pick: number };

const deviceArb = fc.nat(DEVICE_COUNT - 1);
export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      device: deviceArb,
      record: fc.nat(SHARED_RECORDS.length - 1),
      picks: fc.array(fc.record({ field: fc.nat(), value: fc.nat() }), {
        minLength: 1,
        maxLength: 3,
      }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      device: deviceArb,
      fate: fc.constantFrom<Fate>(
        'deliver',
        'drop-request',
        'drop-response',
        'repeat-request',
        'repeat-response',
        'delay-request',
      ),
      limit: fc.integer({ min: 1, max: 4 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('deliver-delayed' as const), pick: fc.nat() }),
  },
);

/** A sync server the property runs against, with what the oracles need to read from it. */
export interface ServerUnderTest {
  sync(auth: SyncAuth, request: SyncRequest): Promise<SyncResponse>;
  changes(organizationId: string): Promise<readonly Change[]> | readonly Change[];
  records(
    organizationId: string,
  ): Promise<ReadonlyMap<string, SnapshotRecord>> | ReadonlyMap<string, SnapshotRecord>;
  applied(organizationId: string): Promise<readonly AppliedPatch[]> | readonly AppliedPatch[];
}

/** The server, the devices and the requests the network is holding back. */
export class World {
  readonly devices: MemoryDevice<SyncAuth>[];
  readonly delayed: { auth: SyncAuth; request: SyncRequest }[] = [];

  constructor(
    readonly server: ServerUnderTest,
    readonly clock: ReturnType<typeof aClock>,
  ) {
    this.devices = Array.from({ length: DEVICE_COUNT }, (_, index) => {
      const auth = { organizationId: ORGANIZATION, userId: `user-${index % 2}` as UserId };
      const deviceId = `device-${index}` as DeviceId;
      return new MemoryDevice({
        deviceId,
        auth,
        transport: this.server,
        now: this.clock.now,
      });
    });
  }

  device(index: number): MemoryDevice<SyncAuth> {
    const device = this.devices[index];
    if (!device) throw new Error(`no device ${index}`);
    return device;
  }

  async run(step: Step): Promise<void> {
    this.clock.advance(STEP_MS);
    if (step.kind === 'edit') this.edit(step);
    if (step.kind === 'sync') await this.syncThroughNetwork(step.device, step.fate, step.limit);
    if (step.kind === 'deliver-delayed' && this.delayed.length > 0) {
      const [held] = this.delayed.splice(step.pick % this.delayed.length, 1);
      if (held) await this.server.sync(held.auth, held.request);
    }
  }

  /** Delivers what the network held back, then syncs everyone until no new change appears. */
  async settle(): Promise<void> {
    for (const held of this.delayed.splice(0)) await this.server.sync(held.auth, held.request);
    for (let round = 0; round < MAX_QUIET_ROUNDS; round += 1) {
      const changesBefore = (await this.server.changes(ORGANIZATION)).length;
      for (const device of this.devices) await device.syncUntilSettled();
      if ((await this.server.changes(ORGANIZATION)).length === changesBefore) return;
    }
    throw new Error('the devices did not settle');
  }

  private edit(step: Extract<Step, { kind: 'edit' }>): void {
    const target = SHARED_RECORDS[step.record];
    const choices = target && FIELD_VALUES[target.entity];
    if (!target || !choices) return;
    const set: FieldValues = {};
    for (const pick of step.picks) {
      const [field, values] = choices[pick.field % choices.length] ?? ['notes', ['']];
      set[field] = values[pick.value % values.length] ?? null;
    }
    this.device(step.device).edit(target.entity, target.id, set);
  }

  private async syncThroughNetwork(index: number, fate: Fate, limit: number): Promise<void> {
    const device = this.device(index);
    const auth = { organizationId: ORGANIZATION, userId: `user-${index % 2}` as UserId };
    const request = device.buildRequest(limit);
    if (fate === 'delay-request') this.delayed.push({ auth, request });
    if (fate === 'drop-request' || fate === 'delay-request') return;
    let response = await this.server.sync(auth, request);
    if (fate === 'drop-response') return;
    if (fate === 'repeat-request') response = await this.server.sync(auth, request);
    device.receive(response);
    if (fate === 'repeat-response') device.receive(response);
  }
}

/** Every device that is not in the middle of a pull equals the server view plus its outbox. */
export function expectRebaseAgrees(world: World): void {
  for (const device of world.devices.filter((candidate) => !candidate.isPaging)) {
    for (const record of device.records.values()) {
      const unconfirmed = device.outboxFor(record.entity, record.id);
      expect(rebase(serverView(record), unconfirmed)).toEqual(record);
    }
  }
}

export async function expectConverged(world: World): Promise<void> {
  const serverFields = new Map(
    [...(await world.server.records(ORGANIZATION))].map(([key, entry]) => [
      key,
      entry.record.fields,
    ]),
  );
  for (const device of world.devices) {
    expect(device.outbox).toEqual([]);
    expect(device.rejected).toEqual([]);
    expect([...device.records.values()].some(hasPendingEdits)).toBe(false);
    const deviceFields = new Map([...device.records].map(([key, record]) => [key, record.fields]));
    expect(deviceFields).toEqual(serverFields);
  }
}

/** Each acknowledged edit is live, kept in a conflict record, or was shown to whoever replaced it. */
export async function expectEveryEditKept(world: World): Promise<void> {
  const records = await world.server.records(ORGANIZATION);
  const changeSeqs = new Map(
    (await world.server.applied(ORGANIZATION)).map((entry) => [
      `${entry.deviceId}#${entry.patch.seq}`,
      entry.changeSeq,
    ]),
  );
  const changeSeqOf = (edit: FieldEdit) => changeSeqs.get(`${edit.deviceId}#${edit.seq}`) ?? 0;
  const conflicts = [...records.values()].filter((entry) => entry.entity === 'conflict');
  const edits = world.devices.flatMap((device) => device.edits);
  for (const edit of edits) {
    const appliedAt = changeSeqOf(edit);
    expect(appliedAt, `${edit.deviceId} edit ${edit.seq} was applied`).toBeGreaterThan(0);
    const live = records.get(recordKey(edit.entity, edit.id))?.record.fields[edit.field];
    const isKept = conflicts.some(({ record: { fields } }) => {
      const isSameField = fields.recordId === edit.id && fields.field === edit.field;
      return (
        isSameField &&
        (sameValue(fields.overwrittenValue, edit.value) || sameValue(fields.keptValue, edit.value))
      );
    });
    const wasShownAndReplaced = edits.some(
      (later) =>
        later.id === edit.id &&
        later.field === edit.field &&
        changeSeqOf(later) > appliedAt &&
        sameValue(later.shownBefore, edit.value),
    );
    const value = JSON.stringify(edit.value);
    const where = `${edit.deviceId} edit ${edit.seq}: ${edit.field} = ${value}`;
    expect(sameValue(live, edit.value) || isKept || wasShownAndReplaced, where).toBe(true);
  }
}

/** Runs random steps on a fresh world from `makeWorld`, then checks convergence and that no edit was lost. */
export async function checkSyncProperty(
  makeWorld: () => Promise<World>,
  runs: number,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.array(stepArb, { maxLength: 60 }), async (steps) => {
      const world = await makeWorld();
      for (const step of steps) {
        await world.run(step);
        expectRebaseAgrees(world);
      }
      await world.settle();
      await expectConverged(world);
      await expectEveryEditKept(world);
    }),
    { numRuns: runs },
  );
}
