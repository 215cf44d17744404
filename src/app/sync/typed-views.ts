// The typed records screens read, restored once per stored record: the engine's records keep the
// sync's bookkeeping, and a screen only ever sees the restored fields.
import type { EntityName } from '../../domain/entities';
import { restoreRecord, type TypedRecord } from '../../domain/records';
import type { LocalRecord } from '../../sync/replica';

/** Restores each record once, for as long as that stored version of it is in memory. */
export function createTypedViews() {
  const views = new WeakMap<LocalRecord, TypedRecord>();
  function view<E extends EntityName>(record: LocalRecord): TypedRecord<E> {
    let typed = views.get(record);
    if (typed === undefined) {
      typed = restoreRecord(record.entity, record.id, record.fields);
      views.set(record, typed);
    }
    return typed as TypedRecord<E>;
  }
  return {
    view,
    maybe: <E extends EntityName>(record: LocalRecord | undefined) =>
      record === undefined ? undefined : view<E>(record),
  };
}
