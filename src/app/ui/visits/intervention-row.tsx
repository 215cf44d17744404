// One recommended intervention: priority, who does it, cost estimate, funding source and status.

import type { FieldValue } from '../../../domain/entities';
import type { Intervention } from '../../../domain/records';
import { ConfirmButton } from '../confirm-button';
import { useServices } from '../services';
import { TextField } from '../text-field';

const PRIORITIES = ['high', 'medium', 'low'];
const STATUSES = ['recommended', 'approved', 'ordered', 'installed', 'declined'];
/** The currency of a cost typed without one; the catalogue's figures carry their own. */
const DEFAULT_CURRENCY = 'USD';

function costValue(text: string): number | null {
  const value = Number.parseFloat(text.replace(/[^0-9.]/g, ''));
  return Number.isFinite(value) ? value : null;
}

export function InterventionRow({ intervention }: { intervention: Intervention }) {
  const { engine } = useServices();
  const { fields } = intervention;
  const title = fields.title ?? 'Recommendation';
  const currency = typeof fields.currency === 'string' ? fields.currency : DEFAULT_CURRENCY;
  const saveCost = (field: string, text: string) =>
    void engine.edit(
      'intervention',
      intervention.id,
      { [field]: costValue(text), currency },
      `Cost of ${title}`,
    );
  const save = (field: string, value: FieldValue, label: string) =>
    void engine.edit('intervention', intervention.id, { [field]: value }, label);
  return (
    <li class="card intervention" aria-label={title}>
      <strong>{title}</strong>
      <div class="intervention-fields">
        <label class="field">
          Priority
          <select
            value={fields.priority ?? 'medium'}
            onChange={(event) =>
              save('priority', event.currentTarget.value, `Priority of ${title}`)
            }
          >
            {PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {priority}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          Status
          <select
            value={fields.status ?? 'recommended'}
            onChange={(event) => save('status', event.currentTarget.value, `Status of ${title}`)}
          >
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </label>
        <TextField
          label="Who does it"
          value={String(fields.responsible ?? fields.provider ?? '')}
          onSave={(text) => save('responsible', text, `Who does ${title}`)}
        />
        <TextField
          label={`Cost from (${currency})`}
          value={fields.costMin == null ? '' : String(fields.costMin)}
          onSave={(text) => saveCost('costMin', text)}
        />
        <TextField
          label={`Cost to (${currency})`}
          value={fields.costMax == null ? '' : String(fields.costMax)}
          onSave={(text) => saveCost('costMax', text)}
        />
        <TextField
          label="Funding source"
          value={fields.fundingSource ?? ''}
          onSave={(text) => save('fundingSource', text, `Funding of ${title}`)}
        />
      </div>
      <ConfirmButton
        label={`Remove ${title}`}
        question={`Remove the recommendation ${title}?`}
        confirm="Yes, remove"
        onConfirm={() => save('deleted', true, `Remove ${title}`)}
      >
        Remove
      </ConfirmButton>
    </li>
  );
}
