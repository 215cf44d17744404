// The rows of a template's works tables, one task per row: where it goes, its dimensions in the
// template's units, how often it will be used, its dates and its cost (donated materials at
// zero), built from the visit's scope of works and each recommendation's own record.
import type { FieldValue } from './entities';
import { USE_FREQUENCY_WORDS, type UseFrequency } from './funding-vocabulary';
import { formatCostRange, priorityWords, whoWords } from './report-wording';
import { formatLength, type UnitSystem } from './units';
import type { CurrencyTotal, ScopeOfWorksLine } from './visit-summary';

type Fields = Readonly<Record<string, FieldValue | undefined>>;

export interface WorkRow {
  interventionId: string;
  task: string;
  room: string | undefined;
  location: string | undefined;
  /** `Length 900 mm, 850 mm from the finished floor`, in the template's units. */
  dimensions: string | undefined;
  priority: string;
  who: string | undefined;
  frequency: string | undefined;
  /** The cost as printed: a range, `$0 (donated)`, or undefined when not costed. */
  cost: string | undefined;
  startDate: string | undefined;
  completionDate: string | undefined;
  status: string | undefined;
}

const STATUS_WORDS: Record<string, string> = {
  recommended: 'Recommended',
  approved: 'Approved',
  ordered: 'Ordered',
  installed: 'Done',
  declined: 'Declined',
};

const textOf = (value: FieldValue | undefined) =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;
const numberOf = (value: FieldValue | undefined) =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

function dimensionsOf(fields: Fields, units: UnitSystem): string | undefined {
  const length = numberOf(fields.lengthMm);
  const height = numberOf(fields.heightMm);
  const parts = [
    ...(length === undefined ? [] : [`Length ${formatLength(length, units)}`]),
    ...(height === undefined ? [] : [`${formatLength(height, units)} from the finished floor`]),
  ];
  return parts.length === 0 ? undefined : parts.join(', ');
}

function costOf(line: ScopeOfWorksLine, fields: Fields): string | undefined {
  if (fields.donated === true) {
    return `${formatCostRange({ currency: line.currency, min: 0, max: 0 })} (donated)`;
  }
  if (line.costMin === undefined && line.costMax === undefined) return undefined;
  const min = line.costMin ?? line.costMax ?? 0;
  const max = line.costMax ?? min;
  const range = formatCostRange({ currency: line.currency, min, max });
  return line.costSource === 'catalogue' ? `${range} (catalogue estimate)` : range;
}

/** One row per scope-of-works line, in its order, lengths in `units`. */
export function workRows(
  lines: readonly ScopeOfWorksLine[],
  interventions: ReadonlyMap<string, Fields>,
  units: UnitSystem,
): WorkRow[] {
  return lines.map((line) => {
    const fields = interventions.get(line.interventionId) ?? {};
    const frequency = textOf(fields.frequencyOfUse) as UseFrequency | undefined;
    return {
      interventionId: line.interventionId,
      task: line.title,
      room: line.roomName,
      location: textOf(fields.location),
      dimensions: dimensionsOf(fields, units),
      priority: priorityWords(line.priority, 'clinical'),
      who: whoWords(line.responsible, line.provider, 'clinical'),
      frequency: frequency === undefined ? undefined : USE_FREQUENCY_WORDS[frequency],
      cost: costOf(line, fields),
      startDate: textOf(fields.startDate),
      completionDate: textOf(fields.completionDate),
      status: line.status === undefined ? undefined : (STATUS_WORDS[line.status] ?? undefined),
    };
  });
}

/**
 * The total of the rows as a work documentation table counts it: donated tasks at zero, the
 * others at their recorded or catalogue range, summed per currency.
 */
export function workTotals(
  lines: readonly ScopeOfWorksLine[],
  interventions: ReadonlyMap<string, Fields>,
): CurrencyTotal[] {
  const totals = new Map<string | undefined, CurrencyTotal>();
  for (const line of lines) {
    if (line.costMin === undefined && line.costMax === undefined) continue;
    const isDonated = interventions.get(line.interventionId)?.donated === true;
    const min = isDonated ? 0 : (line.costMin ?? line.costMax ?? 0);
    const max = isDonated ? 0 : (line.costMax ?? min);
    const total = totals.get(line.currency) ?? { currency: line.currency, min: 0, max: 0 };
    total.min += min;
    total.max += max;
    totals.set(line.currency, total);
  }
  return [...totals.values()];
}
