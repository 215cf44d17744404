// Moving this device's waiting edits to a new device id, when the server cannot take them under
// the old one: it was restored from a backup that predates them, or the id is another user's.
import type { Patch } from '../../sync/protocol';
import { hasPendingEdits, type LocalRecord, renumberPending } from '../../sync/replica';
import type { LocalStore } from '../store/local-store';
import { META } from '../store/meta-keys';

/**
 * Gives the device `newDeviceId` and numbers every edit still in its outbox 1, 2, 3 in their
 * order (the patches and the records' pending marks alike), all in one transaction: an
 * interruption leaves the old id and numbers, and nothing waiting is dropped.
 */
export async function takeNewDeviceId(store: LocalStore, newDeviceId: string): Promise<void> {
  const outbox = await store.listOutbox();
  const newSeqs = new Map(outbox.map((entry, index) => [entry.seq, index + 1]));
  const replaceOutbox = outbox.map((entry, index) => ({
    seq: index + 1,
    value: { ...(entry.value as Patch), seq: index + 1 },
  }));
  const records = (await store.listAllRecords())
    .filter((stored) => hasPendingEdits(stored.value as LocalRecord))
    .map((stored) => ({
      ...stored,
      value: renumberPending(stored.value as LocalRecord, (seq) => newSeqs.get(seq)),
    }));
  await store.writeBatch({
    records,
    replaceOutbox,
    // None of the renumbered entries has been sent under the new id.
    meta: { [META.deviceId]: newDeviceId, [META.ackedSeq]: 0, [META.sentThrough]: 0 },
  });
}
