// Keystrokes in one field become one outbox patch while it waits: each keystroke still commits
// durably, but it replaces the engine's newest patch instead of adding another one.
import type { EntityName, FieldValues } from '../../domain/entities';
import type { RecordId } from '../../domain/ids';
import type { Patch } from '../../sync/protocol';
import { type LocalRecord, makeLocalEdit } from '../../sync/replica';
import type { LocalStore } from '../store/local-store';

const isSameFields = (patch: Patch, set: FieldValues) => {
  const fields = Object.keys(set);
  const earlier = Object.keys(patch.set);
  return fields.length === earlier.length && fields.every((field) => earlier.includes(field));
};

/** Folds edits into the engine's newest patch where the store allows it (`replaceLastEdit`). */
export function createEditFolder(store: LocalStore, now: () => number) {
  /** The engine's newest patch and its fold key, while it may still be the outbox's newest. */
  let last: { patch: Patch; foldKey: string } | undefined;

  return {
    /**
     * Folds an edit of the same fields of the same record into the newest patch, if the store
     * still holds that patch unsent and under this engine's key; undefined when it cannot, and
     * the edit then goes in as a patch of its own.
     */
    async fold(
      before: LocalRecord | undefined,
      entity: EntityName,
      id: RecordId,
      set: FieldValues,
    ): Promise<{ record: LocalRecord; patch: Patch } | undefined> {
      if (last === undefined) return undefined;
      const { patch: newest, foldKey } = last;
      if (newest.entity !== entity || newest.id !== id || !isSameFields(newest, set)) {
        return undefined;
      }
      const made = makeLocalEdit(before, entity, id, set, newest.seq, now());
      const patch: Patch = { ...made.patch, set: { ...newest.set, ...set }, base: newest.base };
      const isFolded = await store.replaceLastEdit(
        { entity, id, value: made.record },
        { seq: patch.seq, value: patch, foldKey },
      );
      if (!isFolded) return undefined;
      last = { patch, foldKey };
      return { record: made.record, patch };
    },
    /** The patch this engine just committed as a new outbox entry. */
    remember(patch: Patch, foldKey: string): void {
      last = { patch, foldKey };
    },
    forget(): void {
      last = undefined;
    },
  };
}
