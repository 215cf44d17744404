import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntityName, FieldValue, FieldValues } from '../../src/domain/entities';
import type { DeviceId, RecordId, UserId } from '../../src/domain/ids';
import type { SyncAuth, SyncRequest, SyncTransport } from '../../src/sync/protocol';
import { hasPendingEdits, rebase, serverView } from '../../src/sync/replica';
import { sameValue } from '../../src/sync/server-rules';
import { type FieldEdit, MemoryDevice } from './support/memory-device';
import { MemorySyncServer, recordKey } from './support/memory-sync-server';
import { aClock, recordId, sequentialIds } from './support/sync-fixtures';

const DEFAULT_RUNS = 200;
const RUNS = Number.parseInt(process.env.SYNC_PROPERTY_RUNS ?? '', 10) || DEFAULT_RUNS;
const ORGANIZATION = 'organization-1';
const DEVICE_COUNT = 3;
const STEP_MS = 1000;
const MAX_QUIET_ROUNDS = 10;

/** The records every device edits, and the values each field takes (few, so edits collide). */
const SHARED_RECORDS: readonly { entity: EntityName; id: RecordId }[] = [
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
type Step =
  | { kind: 'edit'; device: number; record: number; picks: { field: number; value: number }[] }
  | { kind: 'sync'; device: number; fate: Fate; limit: number }
  | { kind: 'deliver-delayed'; pick: number };

const deviceArb = fc.nat(DEVICE_COUNT - 1);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
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

/** The server, the devices and the requests the network is holding back. */
class World {
  readonly clock = aClock();
  readonly server = new MemorySyncServer({ now: this.clock.now, newId: sequentialIds() });
  readonly devices: MemoryDevice<SyncAuth>[];
  readonly delayed: { auth: SyncAuth; request: SyncRequest }[] = [];

  constructor(transport?: SyncTransport) {
    this.devices = Array.from({ length: DEVICE_COUNT }, (_, index) => {
      const auth = { organizationId: ORGANIZATION, userId: `user-${index % 2}` as UserId };
      const deviceId = `device-${index}` as DeviceId;
      return new MemoryDevice({
        deviceId,
        auth,
        transport: transport ?? this.server,
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
      const changesBefore = this.server.changes(ORGANIZATION).length;
      for (const device of this.devices) await device.syncUntilSettled();
      if (this.server.changes(ORGANIZATION).length === changesBefore) return;
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
function expectRebaseAgrees(world: World): void {
  for (const device of world.devices.filter((candidate) => !candidate.isPaging)) {
    for (const record of device.records.values()) {
      const unconfirmed = device.outboxFor(record.entity, record.id);
      expect(rebase(serverView(record), unconfirmed)).toEqual(record);
    }
  }
}

function expectConverged(world: World): void {
  const serverFields = new Map(
    [...world.server.records(ORGANIZATION)].map(([key, entry]) => [key, entry.record.fields]),
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
function expectEveryEditKept(world: World): void {
  const records = world.server.records(ORGANIZATION);
  const changeSeqs = new Map(
    world.server
      .applied(ORGANIZATION)
      .map((entry) => [`${entry.deviceId}#${entry.patch.seq}`, entry.changeSeq]),
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

describe('sync protocol over a flaky network (property)', () => {
  it(`converges and keeps every edit (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { maxLength: 60 }), async (steps) => {
        const world = new World();
        for (const step of steps) {
          await world.run(step);
          expectRebaseAgrees(world);
        }
        await world.settle();
        expectConverged(world);
        expectEveryEditKept(world);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});

describe('memory sync server scenarios', () => {
  it('shows the overwritten value of a concurrent edit as a conflict on every device', async () => {
    const world = new World();
    const [first, second] = [world.device(0), world.device(1)];
    first.edit('finding', recordId(1), { answer: 'ok' });
    await first.syncUntilSettled();
    await second.syncUntilSettled();
    first.edit('finding', recordId(1), { answer: 'barrier' });
    second.edit('finding', recordId(1), { answer: 'na' });
    await world.settle();
    const conflicts = [...first.records.values()].filter((record) => record.entity === 'conflict');
    expect(conflicts.map((record) => record.fields)).toMatchObject([
      { field: 'answer', keptValue: 'na', overwrittenValue: 'barrier', resolved: false },
    ]);
    expect(second.records.get(recordKey('finding', recordId(1)))?.fields.answer).toBe('na');
  });

  it('keeps showing its own acknowledged edit while the pull pages through older changes', async () => {
    const world = new World();
    const [writer, editor] = [world.device(0), world.device(1)];
    writer.edit('client', recordId(3), { name: 'Ann Lee' });
    await writer.syncUntilSettled();
    await editor.syncUntilSettled();
    writer.edit('finding', recordId(1), { answer: 'ok' });
    writer.edit('finding', recordId(1), { answer: 'na' });
    await writer.syncUntilSettled();
    editor.edit('finding', recordId(1), { answer: 'barrier' });
    const auth = { organizationId: ORGANIZATION, userId: 'user-1' as UserId };
    editor.receive(await world.server.sync(auth, editor.buildRequest(1)));
    expect(editor.outbox).toEqual([]);
    expect(editor.records.get(recordKey('finding', recordId(1)))?.fields.answer).toBe('barrier');
  });

  it('acknowledges a repeated request without applying it twice', async () => {
    const world = new World();
    const device = world.device(0);
    device.edit('client', recordId(3), { name: 'Ann Lee' });
    const auth = { organizationId: ORGANIZATION, userId: 'user-0' as UserId };
    const request = device.buildRequest();
    await world.server.sync(auth, request);
    const repeated = await world.server.sync(auth, request);
    expect(repeated).toMatchObject({ acked: 1, rejected: [] });
    expect(world.server.changes(ORGANIZATION)).toHaveLength(1);
  });

  it('serves a new device a snapshot in pages and then the log', async () => {
    const world = new World();
    const [writer, newcomer] = [world.device(0), world.device(1)];
    writer.edit('client', recordId(3), { name: 'Ann Lee' });
    writer.edit('finding', recordId(1), { answer: 'ok' });
    writer.edit('client', recordId(3), { fallRisk: 'high' });
    await writer.syncUntilSettled();
    const auth = { organizationId: ORGANIZATION, userId: 'user-1' as UserId };
    const firstPage = await world.server.sync(auth, newcomer.buildRequest(1));
    expect(firstPage).toMatchObject({ snapshot: true, more: true, cursor: 2 });
    newcomer.receive(firstPage);
    const lastPage = await world.server.sync(auth, newcomer.buildRequest(1));
    expect(lastPage.changes[0]?.set).toEqual({ name: 'Ann Lee', fallRisk: 'high' });
    expect(lastPage).toMatchObject({ snapshot: true, more: false, cursor: 3 });
  });
});
