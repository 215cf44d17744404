// Records each edit of a signed assessment's records in the editor's open amendment, once the
// edit is saved, so the report shows what changed after the sign-off, who changed it and when.

import {
  amendmentOpenAt,
  appendChanges,
  assessmentIdOf,
  changesOfEdit,
  readChanges,
} from '../../domain/amendments';
import type { RecordId } from '../../domain/ids';
import { createSerialQueue } from '../sync/serial-queue';
import type { CommittedEdit, SyncEngine } from '../sync/sync-engine';

export interface AmendmentRecorderOptions {
  engine: Pick<SyncEngine, 'edit' | 'readRecord' | 'listRecords'>;
  /** The signed-in person's user id; nothing is recorded while nobody is signed in. */
  currentUserId: () => string | undefined;
}

export interface AmendmentRecorder {
  /** Hands an edit to the recorder; pass it to `engine.observeEdits`. */
  observe: (edit: CommittedEdit) => void;
  /** Resolves once every edit handed over so far has been recorded (or found not to need it). */
  idle: () => Promise<void>;
}

/**
 * Makes the recorder. Edits are recorded one at a time, in the order they were saved, so two
 * quick edits never both read the amendment's list and one lose the other's entry.
 */
export function createAmendmentRecorder(options: AmendmentRecorderOptions): AmendmentRecorder {
  const { engine } = options;
  const queue = createSerialQueue();
  let last: Promise<void> = Promise.resolve();

  /** Whether the assessment was signed before this edit (so signing it is not an amendment). */
  async function wasSigned(assessmentId: RecordId, edit: CommittedEdit): Promise<boolean> {
    const assessment = await engine.readRecord('assessment', assessmentId);
    if (assessment === undefined) return false;
    const isStatusEdit = edit.entity === 'assessment' && Object.hasOwn(edit.set, 'status');
    return (isStatusEdit ? edit.before.status : assessment.fields.status) === 'signed';
  }

  async function record(edit: CommittedEdit): Promise<void> {
    const changes = changesOfEdit(edit);
    const userId = options.currentUserId();
    if (changes.length === 0 || userId === undefined) return;
    const saved = await engine.readRecord(edit.entity, edit.id);
    const assessmentId = assessmentIdOf(edit.entity, edit.id, saved?.fields ?? edit.set);
    if (assessmentId === undefined || !(await wasSigned(assessmentId, edit))) return;
    const amendments = await engine.listRecords('amendment');
    const amendment = amendmentOpenAt(amendments, assessmentId, userId, edit.at);
    if (amendment === undefined) return;
    const next = appendChanges(readChanges(amendment.fields.changes), changes, {
      isUndo: edit.isUndo,
    });
    // Saved without a label, so "Undo" still takes back the person's edit, not this entry.
    await engine.edit('amendment', amendment.id, { changes: next }, null);
  }

  return {
    observe(edit) {
      last = queue(() => record(edit));
    },
    idle: () => last,
  };
}
