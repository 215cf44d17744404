// Edits the server refused, with its reason and what the edit held, until a person dismisses them.
import type { AppServices } from '../../app-services';
import { type RejectedEdit, SYNC_META } from '../../sync/sync-engine';

async function dismiss(services: AppServices, rejected: RejectedEdit[], seq: number) {
  await services.store.setMeta(
    SYNC_META.rejectedEdits,
    rejected.filter((edit) => edit.seq !== seq),
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
          <li class="card" key={edit.seq}>
            <p>
              <strong>{edit.message}</strong>
            </p>
            {edit.patch && (
              <p class="hint">
                {edit.patch.entity}: {JSON.stringify(edit.patch.set)}
              </p>
            )}
            <button
              type="button"
              class="button"
              onClick={() => void dismiss(services, rejected, edit.seq)}
            >
              Dismiss
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
