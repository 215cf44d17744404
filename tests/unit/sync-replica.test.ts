import { describe, expect, it } from 'vitest';
import {
  acknowledge,
  applyPulledChange,
  hasPendingEdits,
  type LocalRecord,
  makeLocalEdit,
  rebase,
  serverView,
} from '../../src/sync/replica';
import { aChange, DEVICE_A, recordId, T0_MS, USER_A } from './support/sync-fixtures';

const FINDING_ID = recordId(1);

/** A finding the device pulled: `answer: ok` at seq 5. */
function pulledFinding(): LocalRecord {
  return applyPulledChange(undefined, aChange({ seq: 5, set: { answer: 'ok', notes: 'rug' } }));
}

function edit(record: LocalRecord | undefined, set: LocalRecord['fields'], deviceSeq: number) {
  return makeLocalEdit(record, 'finding', FINDING_ID, set, deviceSeq, T0_MS);
}

/** Our own patch coming back in the change stream at server seq `seq`. */
function echo(seq: number, set: LocalRecord['fields']) {
  return aChange({ seq, set, deviceId: DEVICE_A, userId: USER_A });
}

describe('makeLocalEdit', () => {
  it('creates a record and a patch with base 0 for a new record', () => {
    const { record, patch } = edit(undefined, { answer: 'barrier' }, 1);
    expect(record.fields).toEqual({ answer: 'barrier' });
    expect(record.pending).toEqual({ answer: 1 });
    expect(patch).toEqual({
      seq: 1,
      entity: 'finding',
      id: FINDING_ID,
      set: { answer: 'barrier' },
      base: { answer: 0 },
      at: T0_MS,
    });
  });

  it('bases each field on the version the device has', () => {
    const { patch } = edit(pulledFinding(), { answer: 'barrier', severity: 'high' }, 1);
    expect(patch.base).toEqual({ answer: 5, severity: 0 });
  });

  it('keeps the first base for a field edited again before it is confirmed', () => {
    const first = edit(pulledFinding(), { answer: 'barrier' }, 1).record;
    const pulled = applyPulledChange(first, aChange({ seq: 8, set: { answer: 'na' } }));
    expect(edit(pulled, { answer: 'ok' }, 2).patch.base).toEqual({ answer: 5 });
  });

  it('leaves the queued patch as it was when a pull arrives later', () => {
    const { record, patch } = edit(pulledFinding(), { answer: 'barrier' }, 1);
    const copy = structuredClone(patch);
    applyPulledChange(record, aChange({ seq: 8, set: { answer: 'na' } }));
    expect(patch).toEqual(copy);
  });
});

describe('applyPulledChange', () => {
  it('creates the record from the first change', () => {
    expect(pulledFinding()).toMatchObject({
      entity: 'finding',
      id: FINDING_ID,
      fields: { answer: 'ok', notes: 'rug' },
      versions: { answer: 5, notes: 5 },
    });
  });

  it('takes a newer value and its version', () => {
    const record = applyPulledChange(pulledFinding(), aChange({ seq: 9, set: { answer: 'na' } }));
    expect(record.fields.answer).toBe('na');
    expect(record.versions.answer).toBe(9);
  });

  it('changes nothing when the same change arrives twice', () => {
    const change = aChange({ seq: 9, set: { answer: 'na' } });
    const once = applyPulledChange(pulledFinding(), change);
    expect(applyPulledChange(once, change)).toEqual(once);
  });

  it('ignores a change older than what the device has (after a snapshot)', () => {
    const record = applyPulledChange(
      pulledFinding(),
      aChange({ seq: 3, set: { answer: 'barrier' } }),
    );
    expect(record.fields.answer).toBe('ok');
  });

  it('does not overwrite a field with a pending local edit', () => {
    const { record } = edit(pulledFinding(), { answer: 'barrier' }, 1);
    const pulled = applyPulledChange(
      record,
      aChange({ seq: 9, set: { answer: 'na', notes: 'no rug' } }),
    );
    expect(pulled.fields).toEqual({ answer: 'barrier', notes: 'no rug' });
    expect(pulled.shadow.answer).toEqual({ version: 9, value: 'na' });
  });

  it('does not advance the base of a pending field', () => {
    const { record } = edit(pulledFinding(), { answer: 'barrier' }, 1);
    expect(
      applyPulledChange(record, aChange({ seq: 9, set: { answer: 'na' } })).versions.answer,
    ).toBe(5);
  });
});

describe('acknowledge', () => {
  it('confirms an edit once its own change has been pulled', () => {
    const { record } = edit(pulledFinding(), { answer: 'barrier' }, 1);
    const confirmed = acknowledge(applyPulledChange(record, echo(9, { answer: 'barrier' })), 1);
    expect(confirmed.fields.answer).toBe('barrier');
    expect(confirmed.versions.answer).toBe(9);
    expect(hasPendingEdits(confirmed)).toBe(false);
  });

  it('shows a later value from another device once the edit is confirmed', () => {
    const { record } = edit(pulledFinding(), { answer: 'barrier' }, 1);
    const ours = applyPulledChange(record, echo(9, { answer: 'barrier' }));
    const theirs = applyPulledChange(ours, aChange({ seq: 10, set: { answer: 'na' } }));
    expect(acknowledge(theirs, 1).fields.answer).toBe('na');
  });

  it('keeps showing a newer local edit than the acknowledged one', () => {
    const first = edit(pulledFinding(), { answer: 'barrier' }, 1).record;
    const second = edit(first, { answer: 'na' }, 2).record;
    const confirmed = acknowledge(applyPulledChange(second, echo(9, { answer: 'barrier' })), 1);
    expect(confirmed.fields.answer).toBe('na');
    expect(confirmed.pending).toEqual({ answer: 2 });
  });

  it('reverts a rejected edit to the server value', () => {
    const { record } = edit(pulledFinding(), { answer: 'barrier' }, 1);
    expect(acknowledge(record, 1).fields).toEqual({ answer: 'ok', notes: 'rug' });
  });

  it('removes a rejected field the server never had', () => {
    const { record } = edit(pulledFinding(), { severity: 'high' }, 1);
    const reverted = acknowledge(record, 1);
    expect(reverted.fields).toEqual({ answer: 'ok', notes: 'rug' });
    expect(reverted.versions).toEqual({ answer: 5, notes: 5 });
  });

  it('changes nothing when repeated', () => {
    const { record } = edit(pulledFinding(), { answer: 'barrier' }, 1);
    const once = acknowledge(applyPulledChange(record, echo(9, { answer: 'barrier' })), 1);
    expect(acknowledge(once, 1)).toEqual(once);
  });
});

describe('serverView', () => {
  it('shows the server value under a pending edit', () => {
    const { record } = edit(pulledFinding(), { answer: 'barrier', severity: 'low' }, 1);
    expect(serverView(record)).toEqual({
      entity: 'finding',
      id: FINDING_ID,
      fields: { answer: 'ok', notes: 'rug' },
      versions: { answer: 5, notes: 5 },
    });
  });
});

describe('rebase', () => {
  it('rebuilds the record from the server view and the unconfirmed patches', () => {
    const first = edit(pulledFinding(), { answer: 'barrier' }, 1);
    const pulled = applyPulledChange(
      first.record,
      aChange({ seq: 8, set: { answer: 'na', notes: 'mat' } }),
    );
    const second = edit(pulled, { answer: 'ok', severity: 'high' }, 2);
    expect(rebase(serverView(second.record), [first.patch, second.patch])).toEqual(second.record);
  });

  it('is the server view when nothing is pending', () => {
    const record = pulledFinding();
    expect(rebase(serverView(record), [])).toEqual(record);
  });

  it('builds a record the server has never seen from its patches alone', () => {
    const { record, patch } = edit(undefined, { answer: 'barrier' }, 1);
    expect(rebase(undefined, [patch])).toEqual(record);
  });
});
