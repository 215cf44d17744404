// The sync protocol over a flaky network, against the in-memory reference server.
import { describe, expect, it } from 'vitest';
import type { UserId } from '../../src/domain/ids';
import { MemorySyncServer, recordKey } from './support/memory-sync-server';
import { aClock, recordId, sequentialIds } from './support/sync-fixtures';
import { checkSyncProperty, ORGANIZATION, RUNS, World } from './support/sync-property-harness';

function memoryWorld(): World {
  const clock = aClock();
  return new World(new MemorySyncServer({ now: clock.now, newId: sequentialIds() }), clock);
}

describe('sync protocol over a flaky network (property)', () => {
  it(`converges and keeps every edit (${RUNS} runs)`, async () => {
    await checkSyncProperty(async () => memoryWorld(), RUNS);
  }, 600_000);
});

describe('memory sync server scenarios', () => {
  it('shows the overwritten value of a concurrent edit as a conflict on every device', async () => {
    const world = memoryWorld();
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
    const world = memoryWorld();
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
    const world = memoryWorld();
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
    const world = memoryWorld();
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
