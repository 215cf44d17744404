// A recommendation's cost: from and to, each taking a range typed in one ("150-300", "$150 to
// $300"); for a catalogue price per length or area, the quantity, from which the job's cost is made.
import type { FieldValues } from '../../../domain/entities';
import type { Intervention as CatalogueEntry } from '../../../domain/interventions';
import { jobCost, measuredQuantity, readCost, readFieldNumber } from '../../../domain/number-entry';
import type { Intervention } from '../../../domain/records';
import { NumberField } from '../number-field';
import { useServices } from '../services';

/** The currency of a cost typed without one; the catalogue's figures carry their own. */
const DEFAULT_CURRENCY = 'USD';

type CostEnd = 'costMin' | 'costMax';

/** What typing `text` in one end of the cost saves, or why it is refused. */
function costEdit(
  end: CostEnd,
  text: string,
  other: number | undefined,
): { set: FieldValues } | { problem: string } {
  const entry = readCost(text);
  if (!entry.ok) return { problem: entry.message };
  const cost = entry.value;
  if (cost.kind === 'none') return { set: { [end]: null } };
  if (cost.kind === 'range') return { set: { costMin: cost.min, costMax: cost.max } };
  const isBackwards =
    other !== undefined && (end === 'costMin' ? cost.amount > other : cost.amount < other);
  if (isBackwards) {
    const side = end === 'costMin' ? 'more than the cost to' : 'less than the cost from';
    return { problem: `${text.trim()} is not saved: it is ${side} (${other}).` };
  }
  return { set: { [end]: cost.amount } };
}

export function CostFields({
  intervention,
  catalogueEntry,
}: {
  intervention: Intervention;
  catalogueEntry: CatalogueEntry | undefined;
}) {
  const { engine } = useServices();
  const { fields } = intervention;
  const title = fields.title ?? 'Recommendation';
  const currency = fields.currency ?? catalogueEntry?.cost?.currency ?? DEFAULT_CURRENCY;
  const unitCost = catalogueEntry?.cost;
  const quantityName = unitCost === undefined ? undefined : measuredQuantity(unitCost.unit);
  const save = (set: FieldValues) =>
    void engine.edit('intervention', intervention.id, { ...set, currency }, `Cost of ${title}`);
  const costEnd = (end: CostEnd, label: string) => (
    <NumberField
      label={`${label} (${currency})`}
      inputMode="text"
      savedText={fields[end] == null ? '' : String(fields[end])}
      onText={(text) => {
        const other = end === 'costMin' ? fields.costMax : fields.costMin;
        const edit = costEdit(end, text, other ?? undefined);
        if ('problem' in edit) return edit.problem;
        save(edit.set);
        return undefined;
      }}
    />
  );
  return (
    <>
      {unitCost !== undefined && quantityName !== undefined && (
        <NumberField
          label={`Quantity (${quantityName})`}
          hint={`Priced ${unitCost.min} to ${unitCost.max} ${unitCost.currency} ${unitCost.unit}`}
          inputMode="decimal"
          savedText={fields.quantity == null ? '' : String(fields.quantity)}
          onText={(text) => {
            const entry = readFieldNumber('intervention', 'quantity', text, 'the quantity');
            if (!entry.ok) return entry.message;
            const cost = entry.value === null ? undefined : jobCost(unitCost, entry.value);
            save({
              quantity: entry.value,
              costMin: cost?.min ?? null,
              costMax: cost?.max ?? null,
            });
            return undefined;
          }}
        />
      )}
      {costEnd('costMin', 'Cost from')}
      {costEnd('costMax', 'Cost to')}
    </>
  );
}
