// Starting over from a snapshot when the server's history is behind the device's (a server
// restored from a backup): the server's values win again, the device's own edits stay.
import type { LocalRecord } from '../../sync/replica';
import type { LocalStore } from '../store/local-store';
import { META } from '../store/meta-keys';

/**
 * The record with every server version forgotten (set to 0), so any value the new snapshot
 * holds replaces the one from the history the server lost, even where that history had a
 * higher seq. Pending edits and their content are untouched; their shadow follows the snapshot.
 */
export function forgetServerVersions(record: LocalRecord): LocalRecord {
  const shadow: LocalRecord['shadow'] = {};
  for (const [field, value] of Object.entries(record.shadow))
    shadow[field] = { ...value, version: 0 };
  return {
    ...record,
    fields: { ...record.fields },
    versions: {},
    pending: { ...record.pending },
    shadow,
  };
}

/**
 * Rewrites every record without its server versions and sets the cursor to 0 in a snapshot, in
 * one transaction: an interrupted restart leaves the old cursor, and the next sync starts over.
 * The outbox, the acknowledged seq and refused edits are kept as they are.
 */
export async function restartFromSnapshot(store: LocalStore): Promise<void> {
  const records = (await store.listAllRecords()).map((stored) => ({
    ...stored,
    value: forgetServerVersions(stored.value as LocalRecord),
  }));
  await store.writeBatch({ records, meta: { [META.cursor]: 0, [META.snapshotInProgress]: true } });
}
