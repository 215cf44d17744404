// The write rules every patch is judged by: ownership through the record's own assessment, the
// sign-off lock and amendments, status steps, and words written only in their author's name.
import { describe, expect, it } from 'vitest';
import type { EntityName, FieldValues } from '../../src/domain/entities';
import type { RecordId } from '../../src/domain/ids';
import type { RecordView } from '../../src/domain/record-view';
import type { Actor } from '../../src/domain/review';
import { judgeWrite, type WriteScene } from '../../src/domain/write-rules';
import { recordId } from './support/sync-fixtures';

const grace: Actor = { id: 'user-grace', name: 'Grace Okafor', role: 'therapist' };
const tom: Actor = { id: 'user-tom', name: 'Tom Reyes', role: 'therapist' };
const rita: Actor = { id: 'user-rita', name: 'Rita Shah', role: 'reviewer' };
const ada: Actor = { id: 'user-ada', name: 'Ada Lind', role: 'admin' };

const GRACE_VISIT = recordId(1);
const TOM_VISIT = recordId(2);
const GRACE_ROOM = recordId(3);
const GRACE_FINDING = recordId(4);
const AMENDMENT = recordId(5);
const NEW_ID = recordId(9);

type Stored = Record<string, RecordView>;

/** Grace's visit (a kitchen with one finding) and Tom's, with whatever else a test adds. */
function storedRecords(graceVisit: FieldValues = {}, extra: Stored = {}): Stored {
  return {
    [`assessment/${GRACE_VISIT}`]: {
      id: GRACE_VISIT,
      fields: { therapistId: grace.id, status: 'draft', ...graceVisit },
    },
    [`assessment/${TOM_VISIT}`]: { id: TOM_VISIT, fields: { therapistId: tom.id } },
    [`room/${GRACE_ROOM}`]: {
      id: GRACE_ROOM,
      fields: { assessmentId: GRACE_VISIT, name: 'Kitchen' },
    },
    [`finding/${GRACE_FINDING}`]: {
      id: GRACE_FINDING,
      fields: { roomId: GRACE_ROOM, itemId: 'door-width', answer: 'barrier' },
    },
    ...extra,
  };
}

function sceneOf(stored: Stored): WriteScene {
  return {
    lookup: (entity, id) => stored[`${entity}/${id}`],
    amendmentsOf: (assessmentId) =>
      Object.entries(stored)
        .filter(
          ([key, record]) =>
            key.startsWith('amendment/') && record.fields.assessmentId === assessmentId,
        )
        .map(([, record]) => record),
  };
}

function judge(actor: Actor, entity: EntityName, id: RecordId, set: FieldValues, stored: Stored) {
  const before = stored[`${entity}/${id}`]?.fields;
  return judgeWrite(actor, { entity, id, before, set, at: 1_000 }, sceneOf(stored));
}

const signedVisit = { status: 'signed', completedBy: grace.id, signedBy: rita.id };
const openAmendment = (authorId: string, fields: FieldValues = {}): Stored => ({
  [`amendment/${AMENDMENT}`]: {
    id: AMENDMENT,
    fields: {
      assessmentId: GRACE_VISIT,
      authorId,
      reason: 'Door re-measured',
      startedAt: 1,
      ...fields,
    },
  },
});

describe('ownership by the record’s own assessment', () => {
  it('refuses moving a colleague’s room into one’s own assessment', () => {
    const verdict = judge(
      tom,
      'room',
      GRACE_ROOM,
      { assessmentId: TOM_VISIT, name: 'Mine' },
      storedRecords(),
    );
    expect(verdict).toMatchObject({ ok: false, code: 'not_owner' });
  });

  it('judges a finding with no assessmentId by its room', () => {
    const verdict = judge(tom, 'finding', GRACE_FINDING, { notes: 'rewritten' }, storedRecords());
    expect(verdict).toMatchObject({ ok: false, code: 'not_owner' });
  });

  it('refuses a record whose pointers name two assessments', () => {
    const set = { assessmentId: TOM_VISIT, roomId: GRACE_ROOM, answer: 'ok' };
    expect(judge(tom, 'finding', NEW_ID, set, storedRecords())).toMatchObject({
      ok: false,
      code: 'not_owner',
      message: expect.stringContaining('different assessments'),
    });
  });

  it('lets the owner move a room between two of their own assessments', () => {
    const stored = storedRecords(
      {},
      {
        [`assessment/${TOM_VISIT}`]: { id: TOM_VISIT, fields: { therapistId: grace.id } },
      },
    );
    expect(judge(grace, 'room', GRACE_ROOM, { assessmentId: TOM_VISIT }, stored)).toMatchObject({
      ok: true,
    });
  });

  it('lets a colleague work on a shared visit but not hand it over', () => {
    const stored = storedRecords({ sharedWithTeam: true });
    expect(judge(tom, 'finding', GRACE_FINDING, { notes: 'checked' }, stored)).toMatchObject({
      ok: true,
    });
    expect(judge(tom, 'assessment', GRACE_VISIT, { therapistId: tom.id }, stored)).toMatchObject({
      ok: false,
      code: 'not_owner',
    });
  });
});

describe('the sign-off lock', () => {
  it('refuses the owner’s change to a signed visit and its parts without an amendment', () => {
    const stored = storedRecords(signedVisit);
    expect(judge(grace, 'assessment', GRACE_VISIT, { summaryNotes: 'x' }, stored)).toMatchObject({
      ok: false,
      code: 'signed',
    });
    expect(judge(grace, 'finding', GRACE_FINDING, { answer: 'ok' }, stored)).toMatchObject({
      ok: false,
      code: 'signed',
    });
    expect(
      judge(grace, 'room', NEW_ID, { assessmentId: GRACE_VISIT, name: 'Hall' }, stored),
    ).toMatchObject({
      ok: false,
      code: 'signed',
    });
  });

  it('lets the change in through the writer’s own open amendment, and names it', () => {
    const stored = storedRecords(signedVisit, openAmendment(grace.id));
    const verdict = judge(grace, 'finding', GRACE_FINDING, { answer: 'ok' }, stored);
    expect(verdict).toMatchObject({ ok: true, amendment: { id: AMENDMENT } });
  });

  it('does not let one person’s amendment open the visit to another', () => {
    const stored = storedRecords({ ...signedVisit, sharedWithTeam: true }, openAmendment(grace.id));
    expect(judge(tom, 'finding', GRACE_FINDING, { answer: 'ok' }, stored)).toMatchObject({
      ok: false,
      code: 'signed',
    });
  });

  it('does not count a finished amendment', () => {
    const stored = storedRecords(signedVisit, openAmendment(grace.id, { closedAt: 5 }));
    expect(judge(grace, 'finding', GRACE_FINDING, { answer: 'ok' }, stored)).toMatchObject({
      ok: false,
      code: 'signed',
    });
  });

  it('never takes a signed visit back to draft, even with an amendment, and never deletes it', () => {
    const stored = storedRecords(signedVisit, openAmendment(grace.id));
    for (const actor of [grace, rita, ada]) {
      expect(judge(actor, 'assessment', GRACE_VISIT, { status: 'draft' }, stored)).toMatchObject({
        ok: false,
        code: 'transition',
      });
    }
    expect(judge(ada, 'assessment', GRACE_VISIT, { deleted: true }, stored)).toMatchObject({
      ok: false,
      code: 'signed',
    });
  });

  it('still records where the walk was left and lets the owner share it', () => {
    const stored = storedRecords(signedVisit);
    const set = { currentRoomId: GRACE_ROOM, currentItemId: 'door-width', sharedWithTeam: true };
    expect(judge(grace, 'assessment', GRACE_VISIT, set, stored)).toMatchObject({ ok: true });
  });

  it('refuses moving a record out of a signed visit', () => {
    const stored = storedRecords(signedVisit, {
      ...openAmendment(grace.id),
      [`assessment/${TOM_VISIT}`]: { id: TOM_VISIT, fields: { therapistId: grace.id } },
    });
    expect(judge(grace, 'room', GRACE_ROOM, { assessmentId: TOM_VISIT }, stored)).toMatchObject({
      ok: false,
      code: 'signed',
    });
  });
});

describe('status steps', () => {
  it('completes in the completer’s own id, with their name as the organization knows it', () => {
    const verdict = judge(
      grace,
      'assessment',
      GRACE_VISIT,
      { status: 'complete', completedByName: 'Someone' },
      storedRecords(),
    );
    expect(verdict).toEqual({
      ok: true,
      set: {
        status: 'complete',
        completedBy: grace.id,
        completedByName: grace.name,
        completedAt: 1_000,
      },
    });
  });

  it('refuses a completion or sign-off in another person’s id', () => {
    expect(
      judge(
        grace,
        'assessment',
        GRACE_VISIT,
        { status: 'complete', completedBy: tom.id },
        storedRecords(),
      ),
    ).toMatchObject({
      ok: false,
      code: 'not_author',
    });
    const complete = storedRecords({ status: 'complete', completedBy: grace.id });
    expect(
      judge(rita, 'assessment', GRACE_VISIT, { status: 'signed', signedBy: tom.id }, complete),
    ).toMatchObject({
      ok: false,
      code: 'not_author',
    });
  });

  it('stamps the signer’s real name over any other', () => {
    const complete = storedRecords({ status: 'complete', completedBy: grace.id });
    const verdict = judge(
      rita,
      'assessment',
      GRACE_VISIT,
      { status: 'signed', signedByName: 'Dr Someone Else', signedAt: 7 },
      complete,
    );
    expect(verdict).toMatchObject({
      ok: true,
      set: { signedBy: rita.id, signedByName: rita.name, signedAt: 7 },
    });
  });

  it('never lets a therapist sign their own visit, and lets a colleague', () => {
    const complete = storedRecords({ status: 'complete', completedBy: grace.id });
    expect(judge(grace, 'assessment', GRACE_VISIT, { status: 'signed' }, complete)).toMatchObject({
      ok: false,
      code: 'own_sign_off',
    });
    expect(judge(tom, 'assessment', GRACE_VISIT, { status: 'signed' }, complete)).toMatchObject({
      ok: true,
    });
  });

  it('refuses skipping a step and writing a signature outside signing', () => {
    expect(
      judge(ada, 'assessment', GRACE_VISIT, { status: 'signed' }, storedRecords()),
    ).toMatchObject({ ok: false, code: 'transition' });
    expect(judge(ada, 'assessment', NEW_ID, { status: 'signed' }, storedRecords())).toMatchObject({
      ok: false,
      code: 'transition',
    });
    expect(
      judge(grace, 'assessment', GRACE_VISIT, { signedByName: grace.name }, storedRecords()),
    ).toMatchObject({
      ok: false,
      code: 'transition',
    });
  });

  it('keeps reviewers to signing off', () => {
    const complete = storedRecords({ status: 'complete', completedBy: grace.id });
    expect(judge(rita, 'assessment', GRACE_VISIT, { status: 'draft' }, complete)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(judge(rita, 'finding', GRACE_FINDING, { notes: 'x' }, complete)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });
});

describe('comments', () => {
  const ritasComment: Stored = {
    [`comment/${NEW_ID}`]: {
      id: NEW_ID,
      fields: {
        assessmentId: GRACE_VISIT,
        text: 'Check the rail',
        authorId: rita.id,
        authorName: rita.name,
      },
    },
  };

  it('writes a new comment in its writer’s name, on any visit, signed or not', () => {
    const verdict = judge(
      tom,
      'comment',
      NEW_ID,
      { assessmentId: GRACE_VISIT, text: 'Agreed' },
      storedRecords(signedVisit),
    );
    expect(verdict).toMatchObject({ ok: true, set: { authorId: tom.id, authorName: tom.name } });
  });

  it('refuses rewriting someone else’s comment, but lets anyone resolve it', () => {
    const stored = storedRecords({}, ritasComment);
    expect(judge(grace, 'comment', NEW_ID, { text: 'Rail is fine' }, stored)).toMatchObject({
      ok: false,
      code: 'not_author',
    });
    expect(judge(grace, 'comment', NEW_ID, { resolved: true }, stored)).toMatchObject({ ok: true });
    expect(judge(rita, 'comment', NEW_ID, { text: 'Check both rails' }, stored)).toMatchObject({
      ok: true,
    });
  });

  it('keeps a comment where it was written', () => {
    const stored = storedRecords({}, ritasComment);
    expect(judge(rita, 'comment', NEW_ID, { assessmentId: TOM_VISIT }, stored)).toMatchObject({
      ok: false,
      code: 'not_author',
    });
  });
});

describe('amendments', () => {
  it('open on a signed visit, by someone who may change it, with a reason', () => {
    const stored = storedRecords(signedVisit);
    const opening = { assessmentId: GRACE_VISIT, reason: 'Door re-measured', changes: [] };
    expect(judge(grace, 'amendment', AMENDMENT, opening, stored)).toMatchObject({
      ok: true,
      set: { authorId: grace.id, authorName: grace.name, startedAt: 1_000, changes: [] },
    });
    expect(judge(tom, 'amendment', AMENDMENT, opening, stored)).toMatchObject({
      ok: false,
      code: 'not_owner',
    });
    expect(judge(rita, 'amendment', AMENDMENT, opening, stored)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(judge(grace, 'amendment', AMENDMENT, { ...opening, reason: ' ' }, stored)).toMatchObject(
      { ok: false, code: 'required' },
    );
    expect(judge(grace, 'amendment', AMENDMENT, opening, storedRecords())).toMatchObject({
      ok: false,
      code: 'transition',
    });
  });

  it('leave their change list to the server', () => {
    const stored = storedRecords(signedVisit, openAmendment(grace.id));
    const forged = {
      changes: [
        { entity: 'finding', id: GRACE_FINDING, field: 'answer', before: 'x', after: 'y', at: 1 },
      ],
    };
    expect(judge(grace, 'amendment', AMENDMENT, forged, stored)).toMatchObject({
      ok: false,
      code: 'read_only_field',
    });
  });

  it('are finished only by their author and then stay as they are', () => {
    const stored = storedRecords(signedVisit, openAmendment(grace.id));
    expect(judge(ada, 'amendment', AMENDMENT, { closedAt: 9 }, stored)).toMatchObject({
      ok: false,
      code: 'not_author',
    });
    expect(judge(grace, 'amendment', AMENDMENT, { closedAt: 9 }, stored)).toMatchObject({
      ok: true,
    });
    const finished = storedRecords(signedVisit, openAmendment(grace.id, { closedAt: 9 }));
    expect(judge(grace, 'amendment', AMENDMENT, { reason: 'Other' }, finished)).toMatchObject({
      ok: false,
      code: 'signed',
    });
  });
});

describe('settings', () => {
  it('keep organization settings to admins and personal ones to their person', () => {
    const organization = { key: 'security.requireAppLock', value: true, scope: 'organization' };
    expect(judge(grace, 'setting', NEW_ID, organization, {})).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(judge(ada, 'setting', NEW_ID, organization, {})).toMatchObject({ ok: true });
    const units = { key: 'units', value: 'imperial', scope: 'user' };
    expect(judge(rita, 'setting', NEW_ID, { ...units, userId: rita.id }, {})).toMatchObject({
      ok: true,
    });
    expect(judge(ada, 'setting', NEW_ID, { ...units, userId: rita.id }, {})).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });
});
