// Review and sign-off: who may move an assessment's status, what is warned about before completing,
// which records belong to an assessment, and how edits become an amendment's change entries.
import { describe, expect, it } from 'vitest';
import {
  type AmendmentChange,
  amendmentOpenAt,
  amendmentStart,
  amendmentsOf,
  appendChanges,
  assessmentIdOf,
  changesOfEdit,
  openAmendmentOf,
  readChanges,
  TYPING_PAUSE_MS,
} from '../../src/domain/amendments';
import type { Checklist } from '../../src/domain/checklist';
import type { FieldValues, JsonValue } from '../../src/domain/entities';
import type { RecordView } from '../../src/domain/record-view';
import {
  type Actor,
  allowedStatusActions,
  completionIssues,
  statusActionRefusal,
  statusEdit,
  visitLock,
} from '../../src/domain/review';
import { recordId } from './support/sync-fixtures';
import { item, room } from './support/visit-fixtures';

const VISIT_ID = recordId(1);
const FINDING_ID = recordId(2);
const grace: Actor = { id: 'user-grace', name: 'Grace Okafor', role: 'therapist' };
const tom: Actor = { id: 'user-tom', name: 'Tom Reyes', role: 'therapist' };
const rita: Actor = { id: 'user-rita', name: 'Rita Shah', role: 'reviewer' };
const admin: Actor = { id: 'user-ada', name: 'Ada Lind', role: 'admin' };

function visit(fields: FieldValues = {}): RecordView {
  return { id: VISIT_ID, fields: { therapistId: grace.id, consentRecorded: true, ...fields } };
}

describe('status changes', () => {
  it('lets the therapist complete a draft, and not sign it', () => {
    expect(allowedStatusActions(visit({ status: 'draft' }), grace)).toEqual(['complete']);
  });

  it('lets a reviewer sign a completed visit and nothing else', () => {
    expect(allowedStatusActions(visit({ status: 'complete' }), rita)).toEqual(['sign']);
    expect(allowedStatusActions(visit({ status: 'draft' }), rita)).toEqual([]);
  });

  it('treats a visit with no status as a draft', () => {
    expect(allowedStatusActions(visit(), grace)).toEqual(['complete']);
  });

  it('keeps a therapist from signing off the visit they carried out, with the reason', () => {
    const completed = visit({ status: 'complete' });
    expect(allowedStatusActions(completed, grace)).toEqual(['reopen']);
    expect(statusActionRefusal('sign', completed, grace)).toMatch(/Another person signs off/);
  });

  it('keeps a therapist from signing off a colleague’s visit they marked complete', () => {
    const completed = visit({ status: 'complete', therapistId: tom.id, completedBy: grace.id });
    expect(allowedStatusActions(completed, grace)).not.toContain('sign');
  });

  it('lets a colleague sign off a completed visit', () => {
    expect(allowedStatusActions(visit({ status: 'complete' }), tom)).toEqual(['reopen', 'sign']);
  });

  it('lets an admin sign off their own visit', () => {
    const own = visit({ status: 'complete', therapistId: admin.id, completedBy: admin.id });
    expect(allowedStatusActions(own, admin)).toContain('sign');
  });

  it('allows nothing on a signed visit: changes are amendments', () => {
    const signed = visit({ status: 'signed' });
    for (const actor of [grace, tom, rita, admin]) {
      expect(allowedStatusActions(signed, actor)).toEqual([]);
    }
    expect(statusActionRefusal('reopen', signed, admin)).toMatch(/amendments/);
  });

  it('completes and signs in the actor’s own name, at the time given', () => {
    expect(statusEdit('complete', grace, 1000)).toEqual({
      status: 'complete',
      completedAt: 1000,
      completedBy: grace.id,
      completedByName: 'Grace Okafor',
    });
    expect(statusEdit('sign', rita, 2000)).toEqual({
      status: 'signed',
      signedBy: rita.id,
      signedByName: 'Rita Shah',
      signedAt: 2000,
    });
  });

  it('clears who completed the visit when it goes back to draft', () => {
    expect(statusEdit('reopen', grace, 3000)).toEqual({
      status: 'draft',
      completedAt: null,
      completedBy: null,
      completedByName: null,
    });
  });
});

describe('before completing', () => {
  const checklist: Checklist = {
    id: 'test-home',
    version: 1,
    title: 'Test home',
    setting: 'home',
    ageGroup: 'adult',
    areas: [{ id: 'bath', name: 'Bathroom', items: [item('a', []), item('b', [])] }],
  };
  const bathroom = room('bathroom', 'bath', 1);
  const barrier = {
    id: FINDING_ID,
    fields: { roomId: 'bathroom', itemId: 'a', answer: 'barrier' },
  };
  const goal = { id: 'goal-1', fields: { activity: 'Showering' } };

  it('blocks completing a visit with no room assessed', () => {
    const issues = completionIssues({
      visit: visit(),
      rooms: [room('hall', 'bath', 1, { skipped: true })],
      findings: [],
      interventions: [],
      goals: [goal],
      checklist,
    });
    expect(issues).toEqual([
      { code: 'no-rooms', blocking: true, message: 'No room has been assessed.' },
    ]);
  });

  it('warns, without blocking, about unanswered items and a barrier with no recommendation', () => {
    const issues = completionIssues({
      visit: visit(),
      rooms: [bathroom],
      findings: [barrier],
      interventions: [],
      goals: [goal],
      checklist,
    });
    expect(issues.map((issue) => [issue.message, issue.blocking])).toEqual([
      ['1 item is not answered.', false],
      ['1 barrier has no recommendation.', false],
    ]);
  });

  it('warns about missing consent and goals', () => {
    const issues = completionIssues({
      visit: visit({ consentRecorded: false }),
      rooms: [bathroom],
      findings: [barrier, { id: 'f-b', fields: { roomId: 'bathroom', itemId: 'b', answer: 'ok' } }],
      interventions: [{ id: 'i-1', fields: { findingId: FINDING_ID } }],
      goals: [],
      checklist,
    });
    expect(issues.map((issue) => issue.code)).toEqual(['no-consent', 'no-goals']);
  });
});

describe('records of an assessment', () => {
  it('finds the assessment of the assessment itself and of its parts', () => {
    expect(assessmentIdOf('assessment', VISIT_ID, {})).toBe(VISIT_ID);
    for (const entity of ['room', 'finding', 'intervention', 'goal', 'photo', 'comment'] as const) {
      expect(assessmentIdOf(entity, FINDING_ID, { assessmentId: VISIT_ID })).toBe(VISIT_ID);
    }
  });

  it('finds none for a client, whose profile is shared by all their visits', () => {
    expect(assessmentIdOf('client', FINDING_ID, { assessmentId: VISIT_ID })).toBeUndefined();
  });
});

describe('amendment changes', () => {
  const noteEdit = (before: string, after: string, at: number) => ({
    entity: 'finding' as const,
    id: FINDING_ID,
    before: { notes: before },
    set: { notes: after },
    at,
  });

  it('lists each changed field with its value before and after', () => {
    const changes = changesOfEdit({
      entity: 'finding',
      id: FINDING_ID,
      before: { answer: 'barrier', severity: null },
      set: { answer: 'barrier', severity: 'high' },
      at: 500,
    });
    expect(changes).toEqual([
      {
        entity: 'finding',
        id: FINDING_ID,
        field: 'severity',
        before: null,
        after: 'high',
        at: 500,
      },
    ]);
  });

  it('does not record where the visit was left, comments or the amendment itself', () => {
    const place = { currentRoomId: recordId(3), currentItemId: 'a' };
    expect(
      changesOfEdit({ entity: 'assessment', id: VISIT_ID, before: {}, set: place, at: 1 }),
    ).toEqual([]);
    expect(
      changesOfEdit({ entity: 'comment', id: FINDING_ID, before: {}, set: { text: 'x' }, at: 1 }),
    ).toEqual([]);
    expect(
      changesOfEdit({
        entity: 'amendment',
        id: FINDING_ID,
        before: {},
        set: { reason: 'x' },
        at: 1,
      }),
    ).toEqual([]);
  });

  it('joins the keystrokes of one note into one change', () => {
    let changes: AmendmentChange[] = [];
    for (const [before, after, at] of [
      ['Loose', 'Loose r', 1000],
      ['Loose r', 'Loose ru', 1500],
      ['Loose ru', 'Loose rug', 2000],
    ] as const) {
      changes = appendChanges(changes, changesOfEdit(noteEdit(before, after, at)), {
        isUndo: false,
      });
    }
    expect(changes).toEqual([
      {
        entity: 'finding',
        id: FINDING_ID,
        field: 'notes',
        before: 'Loose',
        after: 'Loose rug',
        at: 2000,
      },
    ]);
  });

  it('keeps a later edit of the same note, after a pause, as a change of its own', () => {
    const first = appendChanges([], changesOfEdit(noteEdit('a', 'b', 0)), { isUndo: false });
    const later = changesOfEdit(noteEdit('b', 'c', TYPING_PAUSE_MS + 1));
    expect(appendChanges(first, later, { isUndo: false })).toHaveLength(2);
  });

  it('records an undo as a change of its own', () => {
    const edited = appendChanges([], changesOfEdit(noteEdit('a', 'b', 0)), { isUndo: false });
    const undone = appendChanges(edited, changesOfEdit(noteEdit('b', 'a', 10)), { isUndo: true });
    expect(undone.map((change) => [change.before, change.after])).toEqual([
      ['a', 'b'],
      ['b', 'a'],
    ]);
  });

  it('reads a stored list, dropping entries that are not changes', () => {
    const stored: JsonValue[] = [
      { entity: 'finding', id: FINDING_ID, field: 'notes', before: 'a', after: 'b', at: 5 },
      'not a change',
      { entity: 'finding', field: 'notes' },
    ];
    expect(readChanges(stored)).toEqual([stored[0]]);
    expect(readChanges(null)).toEqual([]);
  });
});

describe('amendments', () => {
  const amendment = (id: string, fields: FieldValues): RecordView => ({
    id,
    fields: { assessmentId: VISIT_ID, authorId: grace.id, startedAt: 1, ...fields },
  });

  it('opens with a reason, the author and the time, and no changes yet', () => {
    expect(amendmentStart(VISIT_ID, '  Wrong rug noted ', grace, 42)).toEqual({
      assessmentId: VISIT_ID,
      reason: 'Wrong rug noted',
      authorId: grace.id,
      authorName: 'Grace Okafor',
      startedAt: 42,
      changes: [],
    });
  });

  it('refuses to open without a reason', () => {
    expect(() => amendmentStart(VISIT_ID, '   ', grace, 42)).toThrow(/reason/);
  });

  it('finds the person’s own open amendment, not a closed one nor a colleague’s', () => {
    const amendments = [
      amendment('closed', { closedAt: 5 }),
      amendment('colleague', { authorId: tom.id }),
      amendment('open', { startedAt: 10 }),
    ];
    expect(openAmendmentOf(amendments, VISIT_ID, grace.id)?.id).toBe('open');
    expect(openAmendmentOf([amendments[0] as RecordView], VISIT_ID, grace.id)).toBeUndefined();
  });

  it('finds the amendment that was open when an edit was made', () => {
    const amendments = [
      amendment('morning', { startedAt: 100, closedAt: 200 }),
      amendment('afternoon', { startedAt: 300 }),
    ];
    const openAt = (at: number) => amendmentOpenAt(amendments, VISIT_ID, grace.id, at)?.id;
    expect([openAt(50), openAt(150), openAt(250), openAt(350)]).toEqual([
      undefined,
      'morning',
      undefined,
      'afternoon',
    ]);
  });

  it('lists an assessment’s amendments oldest first, without deleted ones', () => {
    const amendments = [
      amendment('second', { startedAt: 20 }),
      amendment('deleted', { startedAt: 15, deleted: true }),
      amendment('first', { startedAt: 10 }),
    ];
    expect(amendmentsOf(amendments, VISIT_ID).map((found) => found.id)).toEqual([
      'first',
      'second',
    ]);
  });

  it('locks a signed visit until the person opens an amendment', () => {
    const signed = visit({ status: 'signed' });
    expect(visitLock(visit({ status: 'complete' }), [], grace.id)).toBe('editable');
    expect(visitLock(signed, [], grace.id)).toBe('locked');
    expect(visitLock(signed, [amendment('open', {})], grace.id)).toBe('amending');
    expect(visitLock(signed, [amendment('open', {})], tom.id)).toBe('locked');
  });
});
