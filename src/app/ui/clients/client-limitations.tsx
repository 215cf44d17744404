// The client's functional limitations: what the person-environment fit score crosses with the
// barriers found. A walking aid or wheelchair follows from the mobility device.
import type { FieldValue } from '../../../domain/entities';
import { LIMITATIONS, TICKED_LIMITATIONS } from '../../../domain/functional-limitations';
import type { Client } from '../../../domain/records';
import '../clinical/clinical.css';

export function ClientLimitations({
  client,
  save,
}: {
  client: Client;
  save: (field: string, value: FieldValue) => void;
}) {
  const stored = client.fields.functionalLimitations;
  const ticked = new Set(Array.isArray(stored) ? stored : []);
  const toggle = (id: string, on: boolean) => {
    const next = LIMITATIONS.map((limitation) => limitation.id).filter((candidate) =>
      candidate === id ? on : ticked.has(candidate),
    );
    save('functionalLimitations', next);
  };
  return (
    <section class="panel form" aria-label="Function">
      <h2>Function</h2>
      <fieldset class="limitation-list">
        <legend>Functional limitations</legend>
        {TICKED_LIMITATIONS.map((limitation) => (
          <label class="choice" key={limitation.id}>
            <input
              type="checkbox"
              checked={ticked.has(limitation.id)}
              onChange={(event) => toggle(limitation.id, event.currentTarget.checked)}
            />
            {limitation.label}
          </label>
        ))}
      </fieldset>
      <p class="hint">A walking aid or wheelchair is read from the mobility device above.</p>
    </section>
  );
}
