// A finding's measurements as a report shows them: the value in the reader's units, the standard's
// figure and pass or fail for the clinician, and one plain sentence for the client and family.
import type { Setting } from './checklist';
import type { Item } from './checklist-item';
import { type ClientDevice, deviceName, dimensionName } from './client-device';
import type { Measurement, Threshold } from './measurement';
import { formatQuantity } from './quantities';
import type { RecordView } from './record-view';
import type { Judging } from './standards';
import type { CheckStatus, MeasurementEvaluation } from './thresholds';
import { formatLength, type UnitSystem } from './units';
import { verdictsOf } from './visit-judging';

export interface ReportMeasurement {
  measurementId: string;
  label: string;
  /** The value in the reader's units: `28"`, `711 mm`, `1:10 (10%)`. */
  value: string;
  status: CheckStatus;
  /** The clinical sentence, standard first then the client's device, as the item panel shows it. */
  sentence: string;
  /** The standard's figure with its citation: `32" minimum (ADA 2010 §404.2.3)`. */
  requirement: string | undefined;
  /** Why the standard has no figure, or what its figure depends on. */
  note: string | undefined;
  /** The same facts without codes, for the family. */
  plainSentence: string;
}

export interface MeasurementContext {
  units: UnitSystem;
  judging: Judging;
  setting: Setting;
  device: ClientDevice | undefined;
  /** Whose device it is in the plain sentence: `Mary`. */
  firstName: string | undefined;
}

/** The item's measurements that were taken, in the checklist's order. */
export function reportMeasurements(
  item: Item,
  finding: RecordView,
  context: MeasurementContext,
): ReportMeasurement[] {
  const verdicts = verdictsOf(item, finding, {
    judging: context.judging,
    setting: context.setting,
    unitSystem: context.units,
    ...(context.device === undefined ? {} : { device: context.device }),
  });
  return verdicts.flatMap(({ measurementId, value, evaluation }) => {
    const measurement = item.measurements.find((candidate) => candidate.id === measurementId);
    if (measurement === undefined) return [];
    return [
      {
        measurementId,
        label: measurement.label,
        value: formatQuantity(measurement.kind, value, context.units),
        status: evaluation.status,
        sentence: evaluation.sentence,
        requirement: evaluation.requirement,
        note: evaluation.note,
        plainSentence: plainSentence(measurement, value, evaluation, context),
      },
    ];
  });
}

/** `Clear width` starts a sentence as `The clear width`. */
function subject(label: string): string {
  return `The ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

function plainSentence(
  measurement: Measurement,
  value: number,
  evaluation: MeasurementEvaluation,
  context: MeasurementContext,
): string {
  const show = (amount: number) => formatQuantity(measurement.kind, amount, context.units);
  const lead = `${subject(measurement.label)} is ${show(value)}`;
  const threshold = evaluation.threshold;
  const meetsStandard = evaluation.checks.some(
    (check) => check.against === 'standard' && check.status === 'pass',
  );
  const standard =
    threshold === undefined
      ? `${lead}.`
      : meetsStandard
        ? `${lead}. ${capitalize(wantedFigure(threshold, measurement, show))} is recommended, so this is fine.`
        : `${lead}; it should be ${wantedFigure(threshold, measurement, show)}.`;
  const device = plainDeviceSentence(measurement, context);
  return device === undefined ? standard : `${standard} ${device}`;
}

/** The standard's figure as words: `at least 32"`, `no steeper than 1:12 (8.3%)`. */
function wantedFigure(
  threshold: Threshold,
  measurement: Measurement,
  show: (amount: number) => string,
): string {
  const { min, max, exactly } = threshold;
  if (exactly !== undefined) return `${show(exactly.value)}`;
  if (min !== undefined && max !== undefined) {
    return `between ${show(min.value)} and ${show(max.value)}`;
  }
  if (min !== undefined) return `at least ${show(min.value)}`;
  return `${measurement.kind === 'slope' ? 'no steeper than' : 'no more than'} ${show(max?.value ?? 0)}`;
}

function capitalize(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** What the client's own device needs here: `Mary's wheelchair needs at least 28" (…)`. */
function plainDeviceSentence(
  measurement: Measurement,
  context: MeasurementContext,
): string | undefined {
  const check = measurement.deviceCheck;
  const device = context.device;
  if (check === undefined || device === undefined || !check.appliesTo.includes(device.kind)) {
    return undefined;
  }
  const size = device[check.dimension];
  if (size === undefined) return undefined;
  const owner = context.firstName === undefined ? 'the' : `${context.firstName}'s`;
  const show = (lengthMm: number) => formatLength(lengthMm, context.units);
  const thing = `${owner} ${deviceName(device.kind)}`;
  const dimension = dimensionName(check.dimension);
  if (check.rule === 'at-least') {
    const needed = show(size + check.allowanceMm);
    const extra =
      check.allowanceMm > 0 ? ` plus ${show(check.allowanceMm)} for ${check.allowanceName}` : '';
    return `${capitalize(thing)} needs at least ${needed} (its ${dimension} of ${show(size)}${extra}).`;
  }
  return `For ${check.allowanceName}, this should be within ${show(check.allowanceMm)} of the ${dimension} of ${thing} (${show(size)}).`;
}
