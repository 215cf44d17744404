// Edits the server refused, with its reason and what the edit held, until a person dismisses them.

import type { Patch } from '../../../sync/protocol';
import type { AppServices } from '../../app-services';
import { META } from '../../store/meta-keys';
import type { RejectedEdit } from '../../sync/sync-engine';
import { fieldWords, recordWords, valueWords } from './record-words';

/** What the refused edit held, in words: "Room: name “Scullery”; notes (empty)". */
function describePatch(patch: Patch): string {
  const fields = Object.entries(patch.set).map(
    ([field, value]) => `${fieldWords(field)} ${valueWords(value)}`,
  );
  return `${recordWords(patch.entity)}: ${fields.join('; ')}`;
}

async function dismiss(services: AppServices, rejected: RejectedEdit[], dismissed: RejectedEdit) {
  await services.store.setMeta(
    META.rejectedEdits,
    rejected.filter((edit) => edit !== dismissed),
  );
  await services.sync.refresh();
}

export function RejectedList({
  services,
  rejected,
}: {
  services: AppServices;
  rejected: RejectedEdit[];
}) {
  if (rejected.length === 0) return null;
  return (
    <section class="panel" aria-labelledby="rejected-heading">
      <h2 id="rejected-heading">Edits the server refused ({rejected.length})</h2>
      <ul class="plain-list">
        {rejected.map((edit) => (
          <li class="card" key={`${edit.deviceId ?? ''}/${edit.seq}`}>
            <p>
              <strong>{edit.message}</strong>
            </p>
            {edit.patch && <p class="hint">{describePatch(edit.patch)}</p>}
            <button
              type="button"
              class="button"
              onClick={() => void dismiss(services, rejected, edit)}
            >
              Dismiss
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
