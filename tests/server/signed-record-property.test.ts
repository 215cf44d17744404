// A property of the server's record rules: whatever members of the organization push, a signed
// assessment's records change only through an amendment that records the change.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChanges } from '../../src/domain/amendments';
import type { Change } from '../../src/sync/protocol';
import { databaseTargets } from './support/databases';
import {
  newDevice,
  patch,
  pullAll,
  setUpOrganization,
  sync,
  type TestDevice,
} from './support/sync-client';
import { addMember, userIdOf } from './support/team';
import { startTestServer, type TestServer } from './support/test-server';

/** Assessment fields that are not part of the record: where a walk was left, and sharing. */
const LOCK_FREE = ['currentRoomId', 'currentItemId', 'sharedWithTeam'];

type Records = Map<string, { entity: string; fields: Record<string, unknown> }>;

function replay(changes: readonly Change[]): Records {
  const records: Records = new Map();
  for (const change of changes) {
    const record = records.get(change.id) ?? { entity: change.entity, fields: {} };
    Object.assign(record.fields, change.set);
    records.set(change.id, record);
  }
  return records;
}

/** The records that belong to the assessment, directly or through a room or finding. */
function partsOf(records: Records, assessmentId: string): string[] {
  const belongs = (id: string, depth = 0): boolean => {
    const record = records.get(id);
    if (record === undefined || depth > 4) return false;
    if (id === assessmentId) return true;
    const { assessmentId: own, roomId, findingId } = record.fields;
    if (own === assessmentId) return true;
    return [roomId, findingId].some(
      (parent) => typeof parent === 'string' && belongs(parent, depth + 1),
    );
  };
  return [...records.keys()].filter(
    (id) => belongs(id) && !['comment', 'amendment'].includes(records.get(id)?.entity ?? ''),
  );
}

interface Member {
  id: string;
  device: TestDevice;
}

const member = fc.constantFrom(0, 1, 2, 3);
const value = fc.oneof(fc.constantFrom('ok', 'barrier', 'na'), fc.string({ maxLength: 8 }));
/** One push by one member: edits of the visit's records, amendments, status moves, moves out. */
const command = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), who: member, target: fc.nat(3), text: value }),
  fc.record({ kind: fc.constant('open' as const), who: member }),
  fc.record({ kind: fc.constant('close' as const), who: member }),
  fc.record({
    kind: fc.constant('status' as const),
    who: member,
    to: fc.constantFrom('draft', 'complete', 'signed'),
  }),
  fc.record({ kind: fc.constant('move' as const), who: member, target: fc.nat(3) }),
  fc.record({ kind: fc.constant('forge' as const), who: member, target: fc.nat(3) }),
  fc.record({ kind: fc.constant('add' as const), who: member }),
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

describe.each(databaseTargets())('signed assessments on $name', (target) => {
  let running: TestServer;
  let members: Member[];

  beforeAll(async () => {
    running = await startTestServer(target);
    const admin = await setUpOrganization(running.baseUrl);
    const owner = await addMember(running.baseUrl, admin, 'therapist', 'ana@riverside.example');
    const colleague = await addMember(running.baseUrl, admin, 'therapist', 'ben@riverside.example');
    const reviewer = await addMember(running.baseUrl, admin, 'reviewer', 'rui@riverside.example');
    members = [
      { id: owner.id, device: newDevice(owner.token) },
      { id: colleague.id, device: newDevice(colleague.token) },
      { id: reviewer.id, device: newDevice(reviewer.token) },
      { id: await userIdOf(running.baseUrl, admin), device: newDevice(admin) },
    ];
  });
  afterAll(async () => {
    await running?.close();
  });

  const deviceOf = (index: number) => (members[index] as Member).device;

  /** The owner's shared visit with a room and two findings, completed and signed by the reviewer. */
  async function signedVisit() {
    const owner = deviceOf(0);
    const ids = { visit: randomUUID(), other: randomUUID(), room: randomUUID() };
    const parts = [ids.room, randomUUID(), randomUUID()];
    const made = await sync(running.baseUrl, owner, [
      patch(owner, 'assessment', ids.visit, { therapistId: members[0]?.id, sharedWithTeam: true }),
      patch(owner, 'assessment', ids.other, { therapistId: members[0]?.id }),
      patch(owner, 'room', ids.room, { assessmentId: ids.visit, name: 'Kitchen' }),
      patch(owner, 'finding', parts[1] as string, { roomId: ids.room, answer: 'barrier' }),
      patch(owner, 'finding', parts[2] as string, { assessmentId: ids.visit, roomId: ids.room }),
      patch(owner, 'assessment', ids.visit, { status: 'complete' }),
    ]);
    const signed = await sync(running.baseUrl, deviceOf(2), [
      patch(deviceOf(2), 'assessment', ids.visit, { status: 'signed' }),
    ]);
    expect([...made.rejected, ...signed.rejected]).toEqual([]);
    return { ...ids, parts: [ids.visit, ...parts] };
  }

  type Visit = Awaited<ReturnType<typeof signedVisit>>;

  /** The patches one command pushes. */
  function patchesOf(step: Command, visit: Visit, amendments: Map<number, string>) {
    const device = deviceOf(step.who);
    const targetId = visit.parts[
      ('target' in step ? step.target : 0) % visit.parts.length
    ] as string;
    const entity =
      targetId === visit.visit ? 'assessment' : targetId === visit.room ? 'room' : 'finding';
    const amendmentId = amendments.get(step.who) ?? randomUUID();
    switch (step.kind) {
      case 'edit':
        return [
          patch(
            device,
            entity,
            targetId,
            entity === 'assessment' ? { summaryNotes: step.text } : { notes: step.text },
          ),
        ];
      case 'open':
        amendments.set(step.who, amendmentId);
        return [
          patch(device, 'amendment', amendmentId, { assessmentId: visit.visit, reason: 'Review' }),
        ];
      case 'close':
        return [patch(device, 'amendment', amendmentId, { closedAt: Date.now() })];
      case 'status':
        return [patch(device, 'assessment', visit.visit, { status: step.to })];
      case 'move':
        return [patch(device, entity, targetId, { assessmentId: visit.other })];
      case 'forge': {
        const forged = {
          entity,
          id: targetId,
          field: 'notes',
          before: null,
          after: 'forged',
          at: 1,
        };
        return [patch(device, 'amendment', amendmentId, { changes: [forged] })];
      }
      case 'add':
        return [patch(device, 'room', randomUUID(), { assessmentId: visit.visit, name: 'Hall' })];
    }
  }

  async function run(commands: readonly Command[], visit: Visit): Promise<void> {
    const amendments = new Map<number, string>();
    for (const step of commands) {
      await sync(running.baseUrl, deviceOf(step.who), patchesOf(step, visit, amendments));
    }
  }

  it('never changes a signed assessment without an amendment recording the change', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 12 }), async (commands) => {
        const visit = await signedVisit();
        const before = replay(
          await pullAll(running.baseUrl, newDevice(members[0]?.device.token ?? '')),
        );
        await run(commands, visit);
        const after = replay(
          await pullAll(running.baseUrl, newDevice(members[0]?.device.token ?? '')),
        );
        const entries = [...after.values()]
          .filter(
            (record) => record.entity === 'amendment' && record.fields.assessmentId === visit.visit,
          )
          .flatMap((record) => readChanges(record.fields.changes as never));
        expect(after.get(visit.visit)?.fields.status).toBe('signed');
        for (const id of new Set([
          ...partsOf(before, visit.visit),
          ...partsOf(after, visit.visit),
        ])) {
          const fields = { ...before.get(id)?.fields, ...after.get(id)?.fields };
          for (const field of Object.keys(fields)) {
            const was = before.get(id)?.fields[field];
            const now = after.get(id)?.fields[field];
            if (LOCK_FREE.includes(field) || JSON.stringify(was) === JSON.stringify(now)) continue;
            const recorded = entries.some(
              (entry) =>
                entry.id === id &&
                entry.field === field &&
                JSON.stringify(entry.after) === JSON.stringify(now),
            );
            expect(
              recorded,
              `${id}.${field}: ${JSON.stringify(was)} → ${JSON.stringify(now)}`,
            ).toBe(true);
          }
        }
      }),
      { numRuns: 12 },
    );
  });
});
