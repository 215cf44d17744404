import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAGE_LIMIT,
  MAX_PAGE_LIMIT,
  type RawPatch,
  SERVER_DEVICE_ID,
} from '../../src/sync/protocol';
import {
  buildSnapshot,
  canonicalJson,
  checkPatchTarget,
  classifyPatch,
  type MergeContext,
  mergePatch,
  pageChanges,
  pageLimit,
  patchDigest,
  type StoredRecord,
} from '../../src/sync/server-rules';
import {
  aChange,
  aPatch,
  DEVICE_A,
  DEVICE_B,
  recordId,
  sequentialIds,
  T0_MS,
  USER_A,
  USER_B,
} from './support/sync-fixtures';

const AUTHOR_A = { deviceId: DEVICE_A, userId: USER_A };

function serverContext(lastSeq: number): MergeContext {
  let seq = lastSeq;
  return { nextSeq: () => ++seq, newId: sequentialIds(), nowMs: T0_MS };
}

/** A finding whose `answer` is `ok`, written at seq 5 by device B. */
function storedFinding(): StoredRecord {
  return {
    fields: { answer: 'ok', notes: 'rug in hall' },
    versions: { answer: 5, notes: 3 },
    lastWriter: {
      answer: { deviceId: DEVICE_B, userId: USER_B, at: T0_MS },
      notes: { deviceId: DEVICE_B, userId: USER_B, at: T0_MS },
    },
  };
}

describe('classifyPatch', () => {
  it('applies the next patch in the device order', () => {
    expect(classifyPatch(4, aPatch({ seq: 5 }))).toBe('apply');
  });

  it('acknowledges a repeated patch again without applying it', () => {
    const patch = aPatch({ seq: 3 });
    const stored = patchDigest(patch);
    expect(classifyPatch(4, patch, (repeat) => patchDigest(repeat) === stored)).toBe('duplicate');
  });

  it('refuses a repeated seq with different content', () => {
    const stored = patchDigest(aPatch({ seq: 3 }));
    const matchesStored = (repeat: RawPatch) => patchDigest(repeat) === stored;
    expect(classifyPatch(4, aPatch({ seq: 3, set: { answer: 'na' } }), matchesStored)).toBe(
      'duplicate_mismatch',
    );
  });

  it('acknowledges a repeated patch when no digest was kept', () => {
    expect(classifyPatch(4, aPatch({ seq: 2 }))).toBe('duplicate');
  });

  it('refuses a patch past the next one as a gap', () => {
    expect(classifyPatch(4, aPatch({ seq: 6 }))).toBe('gap');
  });
});

describe('canonicalJson', () => {
  it('gives the same text whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
  });

  it('keeps a member named __proto__ as a member', () => {
    expect(canonicalJson(JSON.parse('{"b":1,"__proto__":{"x":1}}'))).toBe(
      '{"__proto__":{"x":1},"b":1}',
    );
  });

  it('ignores undefined members, as JSON does', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });
});

describe('mergePatch', () => {
  it('creates a new record with one change at the next seq', () => {
    const result = mergePatch(undefined, aPatch(), AUTHOR_A, serverContext(9));
    expect(result.changes).toEqual([
      {
        seq: 10,
        entity: 'finding',
        id: recordId(1),
        set: { answer: 'barrier' },
        deviceId: DEVICE_A,
        userId: USER_A,
        at: T0_MS,
      },
    ]);
    expect(result.writes[0]?.record).toEqual({
      fields: { answer: 'barrier' },
      versions: { answer: 10 },
      lastWriter: { answer: { deviceId: DEVICE_A, userId: USER_A, at: T0_MS } },
    });
  });

  it('keeps the fields the patch does not touch', () => {
    const result = mergePatch(
      storedFinding(),
      aPatch({ base: { answer: 5 } }),
      AUTHOR_A,
      serverContext(9),
    );
    expect(result.writes[0]?.record.fields).toEqual({ answer: 'barrier', notes: 'rug in hall' });
    expect(result.writes[0]?.record.versions).toEqual({ answer: 10, notes: 3 });
  });

  it('makes no conflict when the device had seen the current version', () => {
    const result = mergePatch(
      storedFinding(),
      aPatch({ base: { answer: 5 } }),
      AUTHOR_A,
      serverContext(9),
    );
    expect(result.changes).toHaveLength(1);
  });

  it('applies the incoming value over a newer one it had not seen', () => {
    const result = mergePatch(
      storedFinding(),
      aPatch({ base: { answer: 2 } }),
      AUTHOR_A,
      serverContext(9),
    );
    expect(result.writes[0]?.record.fields.answer).toBe('barrier');
  });

  it('keeps the overwritten value in a conflict record that syncs like any change', () => {
    const result = mergePatch(
      storedFinding(),
      aPatch({ base: { answer: 2 } }),
      AUTHOR_A,
      serverContext(9),
    );
    expect(result.changes[1]).toMatchObject({
      seq: 11,
      entity: 'conflict',
      deviceId: SERVER_DEVICE_ID,
      set: {
        entity: 'finding',
        recordId: recordId(1),
        field: 'answer',
        keptValue: 'barrier',
        keptBy: USER_A,
        keptSeq: 10,
        overwrittenValue: 'ok',
        overwrittenBy: USER_B,
        overwrittenDeviceId: DEVICE_B,
        overwrittenSeq: 5,
        resolved: false,
      },
    });
    expect(result.writes[1]?.entity).toBe('conflict');
  });

  it('makes no conflict when the unseen value equals the incoming one', () => {
    const patch = aPatch({ set: { answer: 'ok' }, base: { answer: 2 } });
    expect(mergePatch(storedFinding(), patch, AUTHOR_A, serverContext(9)).changes).toHaveLength(1);
  });

  it('makes no conflict when the newer value came from the same device', () => {
    const author = { deviceId: DEVICE_B, userId: USER_B };
    const patch = aPatch({ base: { answer: 2 } });
    expect(mergePatch(storedFinding(), patch, author, serverContext(9)).changes).toHaveLength(1);
  });

  it('merges edits to different fields without a conflict', () => {
    const patch = aPatch({ set: { severity: 'high' }, base: { severity: 0 } });
    const result = mergePatch(storedFinding(), patch, AUTHOR_A, serverContext(9));
    expect(result.changes).toHaveLength(1);
    expect(result.writes[0]?.record.fields).toMatchObject({ answer: 'ok', severity: 'high' });
  });

  it('makes one conflict record per conflicting field', () => {
    const patch = aPatch({ set: { answer: 'na', notes: 'no rug' }, base: { answer: 0, notes: 0 } });
    const result = mergePatch(storedFinding(), patch, AUTHOR_A, serverContext(9));
    expect(result.changes.map((change) => change.entity)).toEqual([
      'finding',
      'conflict',
      'conflict',
    ]);
  });

  it('makes no conflict of a sign-off over the completion it followed', () => {
    const completed: StoredRecord = {
      fields: { status: 'complete', completedBy: USER_B },
      versions: { status: 7, completedBy: 7 },
      lastWriter: {
        status: { deviceId: DEVICE_B, userId: USER_B, at: T0_MS },
        completedBy: { deviceId: DEVICE_B, userId: USER_B, at: T0_MS },
      },
    };
    const signOff = aPatch({
      entity: 'assessment',
      set: { status: 'signed' },
      base: { status: 0 },
    });
    const result = mergePatch(completed, signOff, AUTHOR_A, serverContext(9));
    expect(result.changes.map((change) => change.entity)).toEqual(['assessment']);
  });

  it('lets the last write win on a conflict record itself', () => {
    const conflict: StoredRecord = {
      fields: { resolved: true },
      versions: { resolved: 7 },
      lastWriter: { resolved: { deviceId: DEVICE_B, userId: USER_B, at: T0_MS } },
    };
    const patch = aPatch({ entity: 'conflict', set: { resolved: false }, base: { resolved: 0 } });
    expect(mergePatch(conflict, patch, AUTHOR_A, serverContext(9)).changes).toHaveLength(1);
  });
});

describe('checkPatchTarget', () => {
  it('refuses resolving a conflict the server never made', () => {
    const patch = aPatch({ entity: 'conflict', set: { resolved: true }, base: {} });
    expect(checkPatchTarget(undefined, patch)).toMatchObject({ code: 'unknown_record' });
  });

  it('lets a device create any other record', () => {
    expect(checkPatchTarget(undefined, aPatch())).toBeUndefined();
  });
});

describe('buildSnapshot', () => {
  it('gives one change per record with all its fields at its latest seq', () => {
    const snapshot = buildSnapshot([
      { entity: 'finding', id: recordId(1), record: storedFinding() },
    ]);
    expect(snapshot).toEqual([
      aChange({
        seq: 5,
        set: { answer: 'ok', notes: 'rug in hall' },
        deviceId: DEVICE_B,
        userId: USER_B,
      }),
    ]);
  });

  it('sorts the records by their latest seq', () => {
    const older: StoredRecord = { ...storedFinding(), versions: { answer: 2, notes: 1 } };
    const snapshot = buildSnapshot([
      { entity: 'finding', id: recordId(1), record: storedFinding() },
      { entity: 'finding', id: recordId(2), record: older },
    ]);
    expect(snapshot.map((change) => change.seq)).toEqual([2, 5]);
  });
});

describe('pageChanges', () => {
  const log = [1, 2, 3, 4, 5].map((seq) => aChange({ seq }));

  it('returns the changes after the cursor, up to the limit, and says more wait', () => {
    const page = pageChanges(log, 1, 2);
    expect(page.changes.map((change) => change.seq)).toEqual([2, 3]);
    expect(page).toMatchObject({ cursor: 3, more: true });
  });

  it('says nothing more waits on the last page', () => {
    expect(pageChanges(log, 3, 2)).toMatchObject({ cursor: 5, more: false });
  });

  it('keeps the cursor when nothing is new', () => {
    expect(pageChanges(log, 5, 2)).toEqual({ changes: [], cursor: 5, more: false });
  });
});

describe('pageLimit', () => {
  it('uses the default when the device gives none', () => {
    expect(pageLimit(undefined)).toBe(DEFAULT_PAGE_LIMIT);
  });

  it('never exceeds the cap', () => {
    expect(pageLimit(MAX_PAGE_LIMIT * 10)).toBe(MAX_PAGE_LIMIT);
  });
});
