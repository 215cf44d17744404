// The amendment recorder on the real sync engine and in-memory store: edits of a signed visit go
// into the editor's open amendment, with their values before and after, undo included.
import { describe, expect, it } from 'vitest';
import { createAmendmentRecorder } from '../../src/app/review/amendment-recorder';
import { createMemoryStore } from '../../src/app/store/memory-store';
import { createSyncEngine } from '../../src/app/sync/sync-engine';
import { amendmentStart, readChanges } from '../../src/domain/amendments';
import type { UserId } from '../../src/domain/ids';
import { MemorySyncServer } from './support/memory-sync-server';
import { createMemoryTransport } from './support/memory-transport';
import { aClock, recordId, sequentialIds } from './support/sync-fixtures';

const VISIT = recordId(1);
const FINDING = recordId(2);
const AMENDMENT = recordId(3);
const GRACE = { id: 'user-grace', name: 'Grace Okafor', role: 'therapist' } as const;

async function signedVisit(options: { signedUserId?: string } = {}) {
  const clock = aClock();
  const server = new MemorySyncServer({ now: clock.now, newId: sequentialIds() });
  const auth = { organizationId: 'org-1', userId: GRACE.id as UserId };
  const transport = createMemoryTransport(server, auth, new Map());
  const engine = createSyncEngine({
    store: createMemoryStore(),
    transport,
    now: clock.now,
    newDeviceId: () => 'tablet',
  });
  const recorder = createAmendmentRecorder({
    engine,
    currentUserId: () => options.signedUserId ?? GRACE.id,
  });
  await engine.edit('assessment', VISIT, { status: 'complete', therapistId: GRACE.id });
  await engine.edit('finding', FINDING, { assessmentId: VISIT, notes: 'Loose rug' });
  engine.observeEdits(recorder.observe);
  await engine.edit('assessment', VISIT, { status: 'signed', signedBy: 'user-rita' });
  const changesOf = async () =>
    readChanges((await engine.readRecord('amendment', AMENDMENT))?.fields.changes);
  return { engine, recorder, clock, changesOf };
}

describe('the amendment recorder', () => {
  it('records an edit of a signed visit in the person’s open amendment', async () => {
    const { engine, recorder, clock, changesOf } = await signedVisit();
    await engine.edit(
      'amendment',
      AMENDMENT,
      amendmentStart(VISIT, 'Rug was removed', GRACE, clock.now()),
    );
    await engine.edit('finding', FINDING, { notes: 'Rug removed by family' });
    await recorder.idle();
    expect(await changesOf()).toEqual([
      {
        entity: 'finding',
        id: FINDING,
        field: 'notes',
        before: 'Loose rug',
        after: 'Rug removed by family',
        at: clock.now(),
      },
    ]);
  });

  it('records nothing, not even the sign-off, while no amendment is open', async () => {
    const { engine, recorder, clock, changesOf } = await signedVisit();
    await engine.edit('finding', FINDING, { notes: 'Changed without an amendment' });
    clock.advance(1000);
    await engine.edit('amendment', AMENDMENT, amendmentStart(VISIT, 'Later', GRACE, clock.now()));
    await recorder.idle();
    expect(await changesOf()).toEqual([]);
  });

  it('does not record into another person’s amendment', async () => {
    const { engine, recorder, clock, changesOf } = await signedVisit({ signedUserId: 'user-tom' });
    await engine.edit(
      'amendment',
      AMENDMENT,
      amendmentStart(VISIT, 'Grace amends', GRACE, clock.now()),
    );
    await engine.edit('finding', FINDING, { notes: 'Tom typed this' });
    await recorder.idle();
    expect(await changesOf()).toEqual([]);
  });

  it('stops recording once the amendment is finished', async () => {
    const { engine, recorder, clock, changesOf } = await signedVisit();
    await engine.edit(
      'amendment',
      AMENDMENT,
      amendmentStart(VISIT, 'Rug was removed', GRACE, clock.now()),
    );
    await engine.edit('finding', FINDING, { notes: 'Rug removed' });
    await recorder.idle();
    clock.advance(1000);
    await engine.edit('amendment', AMENDMENT, { closedAt: clock.now() });
    clock.advance(1000);
    await engine.edit('finding', FINDING, { notes: 'After closing' });
    await recorder.idle();
    expect((await changesOf()).map((change) => change.after)).toEqual(['Rug removed']);
  });

  it('records undo as a change, and leaves Undo taking back the person’s edit', async () => {
    const { engine, recorder, clock, changesOf } = await signedVisit();
    await engine.edit(
      'amendment',
      AMENDMENT,
      amendmentStart(VISIT, 'Severity', GRACE, clock.now()),
    );
    await engine.edit('finding', FINDING, { severity: 'high' }, 'Severity');
    await recorder.idle();
    expect(engine.undoable()?.label).toBe('Severity');
    await engine.undo();
    await recorder.idle();
    expect((await changesOf()).map((change) => [change.before, change.after])).toEqual([
      [null, 'high'],
      ['high', null],
    ]);
  });

  it('keeps every entry of quick edits of different records, in order', async () => {
    const { engine, recorder, clock, changesOf } = await signedVisit();
    await engine.edit('amendment', AMENDMENT, amendmentStart(VISIT, 'Several', GRACE, clock.now()));
    await Promise.all([
      engine.edit('finding', FINDING, { severity: 'low' }),
      engine.edit('assessment', VISIT, { summaryNotes: 'Reviewed again' }),
      engine.edit('room', recordId(4), { assessmentId: VISIT, name: 'Porch' }),
    ]);
    await recorder.idle();
    expect((await changesOf()).map((change) => change.field)).toEqual([
      'severity',
      'summaryNotes',
      'assessmentId',
      'name',
    ]);
  });
});
