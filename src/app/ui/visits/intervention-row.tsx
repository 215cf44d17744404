// One recommended intervention: priority, who does it, cost estimate, funding source and status.

import type { FieldValue } from '../../../domain/entities';
import type { Intervention as CatalogueEntry } from '../../../domain/interventions';
import type { Intervention } from '../../../domain/records';
import { PRIORITY_WORDS, PROVIDER_WORDS, RECOMMENDATION_STATUS_WORDS } from '../../../domain/words';
import { ConfirmButton } from '../confirm-button';
import { useServices } from '../services';
import { TextField } from '../text-field';
import { CostFields } from './cost-fields';
import { InterventionWorkDetails } from './intervention-work-details';

const PRIORITIES = ['high', 'medium', 'low'] as const;
const STATUSES = ['recommended', 'approved', 'ordered', 'installed', 'declined'] as const;
export function InterventionRow({
  intervention,
  catalogueEntry,
}: {
  intervention: Intervention;
  catalogueEntry: CatalogueEntry | undefined;
}) {
  const { engine } = useServices();
  const { fields } = intervention;
  const title = fields.title ?? 'Recommendation';
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
                {PRIORITY_WORDS[priority]}
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
                {RECOMMENDATION_STATUS_WORDS[status]}
              </option>
            ))}
          </select>
        </label>
        <TextField
          label="Who does it"
          value={
            fields.responsible ??
            (fields.provider === undefined ? '' : PROVIDER_WORDS[fields.provider])
          }
          onSave={(text) => save('responsible', text, `Who does ${title}`)}
        />
        <CostFields intervention={intervention} catalogueEntry={catalogueEntry} />
        <TextField
          label="Funding source"
          value={fields.fundingSource ?? ''}
          onSave={(text) => save('fundingSource', text, `Funding of ${title}`)}
        />
      </div>
      <InterventionWorkDetails intervention={intervention} save={save} />
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
