// Judging a measurement against the visit's standard and against the client's own device, in a sentence.
import type { Setting } from './checklist';
import type { ClientDevice } from './client-device';
import {
  type CheckResult,
  type CheckStatus,
  checkDevice,
  fail,
  LENGTH_EPSILON_MM,
  pass,
} from './device-fit';
import type { Figure, Measurement, Threshold } from './measurement';
import { formatQuantity } from './quantities';
import { type Judging, STANDARDS, type StandardId } from './standards';
import { chooseThreshold, citation, type ThresholdChoice } from './threshold-choice';
import type { UnitSystem } from './units';

export type { CheckResult, CheckStatus } from './device-fit';
export { citation } from './threshold-choice';

/** A measured value: a number in the measurement's base unit, or a slope as two lengths. */
export type MeasuredValue = number | { riseMm: number; runMm: number };

export interface MeasurementEvaluation {
  /** `fail` if any check fails; `pass` if a check passes and none fails; otherwise `unknown`. */
  status: CheckStatus;
  /** Every check's sentence, standard first. */
  sentence: string;
  /** The standard's figure with its citation: `32" minimum (ADA 2010 §404.2.3)`. */
  requirement?: string;
  threshold?: Threshold;
  /** Why the standard has no figure, or what else its figure depends on. */
  note?: string;
  checks: CheckResult[];
}

export interface EvaluationOptions {
  /** The visit's profile, or `legacy` for a visit judged before standards could be chosen. */
  judging: Judging;
  setting: Setting;
  unitSystem: UnitSystem;
  device?: ClientDevice;
  /** The variant chosen for this measurement (`roll-in`), when it has variants. */
  variant?: string;
}

/** Relative tolerance for comparing converted ratios, forces, light levels and temperatures. */
const EPSILON = 1e-6;

/**
 * Judges one measured value by the visit's profile (its standards in order, then its guidance)
 * and, when the item allows it, against the client's device. The sentences are in the user's
 * units and name the standard and edition that judged the value.
 */
export function evaluateMeasurement(
  measurement: Measurement,
  value: MeasuredValue,
  options: EvaluationOptions,
): MeasurementEvaluation {
  const baseValue = toBaseValue(value);
  const choice = chooseThreshold(measurement, {
    judging: options.judging,
    setting: options.setting,
    ...(options.variant === undefined ? {} : { variant: options.variant }),
  });
  const standardCheck = judgeByChoice(measurement, baseValue, choice, options.unitSystem);
  const checks: CheckResult[] = [standardCheck];
  const deviceResult = checkDevice(measurement, baseValue, options.device, options.unitSystem);
  if (deviceResult !== undefined) checks.push(deviceResult);
  const evaluation: MeasurementEvaluation = {
    status: combine(checks),
    sentence: checks.map((check) => check.sentence).join(' '),
    checks,
  };
  if (choice.kind === 'figure') {
    evaluation.threshold = choice.threshold;
    evaluation.requirement = describeRequirement(measurement, choice.threshold, options.unitSystem);
    const note = choice.threshold.note ?? choice.silent[0]?.note;
    if (note !== undefined) evaluation.note = note;
  } else if (choice.kind === 'none' && choice.silent[0]?.note !== undefined) {
    evaluation.note = choice.silent[0].note;
  }
  return evaluation;
}

function toBaseValue(value: MeasuredValue): number {
  if (typeof value === 'number') return value;
  return value.runMm > 0 ? value.riseMm / value.runMm : Number.POSITIVE_INFINITY;
}

function judgeByChoice(
  measurement: Measurement,
  value: number,
  choice: ThresholdChoice,
  system: UnitSystem,
): CheckResult {
  const lead = `${measurement.label} ${formatQuantity(measurement.kind, value, system)}`;
  if (choice.kind === 'choose-variant') {
    const figures = choice.options.map(
      (option) =>
        `${option.label.toLowerCase()} ${describeRequirement(measurement, option.threshold, system)}`,
    );
    const what = (measurement.variants?.label ?? 'variant').toLowerCase();
    return unknown(`${lead}: choose the ${what} to judge it (${figures.join('; ')}).`);
  }
  if (choice.kind === 'none') return unknown(`${lead}: ${noFigureClause(choice)}.`);
  const check = checkThreshold(measurement, value, choice.threshold, system);
  if (choice.silent.length === 0) return check;
  return { ...check, sentence: `${silentClause(choice.silent)}; ${lowerFirst(check.sentence)}` };
}

function noFigureClause(choice: Extract<ThresholdChoice, { kind: 'none' }>): string {
  // A standard that says it is silent answers for the profile; the others may simply not cover this.
  if (choice.silent.length > 0) return silentClause(choice.silent);
  return `no ${listNames(choice.missing)} figure is recorded for this measurement yet`;
}

function silentClause(silent: readonly Threshold[]): string {
  const names = silent.map((threshold) => citation(threshold));
  return `${names.join(' and ')} ${names.length === 1 ? 'sets' : 'set'} no figure for this`;
}

function listNames(standards: readonly StandardId[]): string {
  return standards.map((standard) => STANDARDS[standard].label).join(' or ');
}

/** The figure a standard asks for: `813 mm minimum (ADA 2010 §404.2.3: 32 in)`. */
export function describeRequirement(
  measurement: Measurement,
  threshold: Threshold,
  system: UnitSystem,
): string {
  const show = (figure: Figure) => formatQuantity(measurement.kind, figure.value, system);
  const { min, max, exactly } = threshold;
  let figure = 'no figure';
  if (exactly !== undefined)
    figure = `${show(exactly)} exactly (within ${show(exactly.tolerance)})`;
  else if (min !== undefined && max !== undefined) figure = `${show(min)} to ${show(max)}`;
  else if (min !== undefined) figure = `${show(min)} minimum`;
  else if (max !== undefined) figure = `${show(max)} maximum`;
  const printed = printedFigures(threshold, system);
  const secondary = threshold.evidence === 'secondary' ? '; from a secondary summary' : '';
  return `${figure} (${citation(threshold)}${printed}${secondary})`;
}

/** The standard's own figures, when they are in other units than the reader's: `: 32 in`. */
function printedFigures(threshold: Threshold, system: UnitSystem): string {
  const figures = [threshold.exactly, threshold.min, threshold.max].flatMap((figure) =>
    figure?.printed === undefined ? [] : [figure.printed],
  );
  const foreign = system === 'metric' ? /\b(in|ft|lbf|fc)$|°F$/ : /\b(mm|cm|m|N)$|°C$/;
  const shown = figures.filter((printed) => foreign.test(printed));
  return shown.length === 0 ? '' : `: ${shown.join(' to ')}`;
}

function checkThreshold(
  measurement: Measurement,
  value: number,
  threshold: Threshold,
  system: UnitSystem,
): CheckResult {
  const show = (amount: number) => formatQuantity(measurement.kind, amount, system);
  const epsilon = (limit: number) =>
    measurement.kind === 'length' ? LENGTH_EPSILON_MM : EPSILON * Math.max(1, Math.abs(limit));
  const lead = `${measurement.label} ${show(value)}`;
  const cite = `(${citation(threshold)})`;
  const [less, more] = measurement.kind === 'slope' ? ['gentler', 'steeper'] : ['less', 'more'];
  const { min, max, exactly } = threshold;
  if (exactly !== undefined) {
    const difference = value - exactly.value;
    const figure = `${show(exactly.value)} the standard requires ${cite}`;
    if (Math.abs(difference) <= exactly.tolerance.value + epsilon(exactly.value)) {
      return pass(`${lead} is within ${show(exactly.tolerance.value)} of the ${figure}.`);
    }
    const side = difference > 0 ? more : less;
    return fail(`${lead} is ${show(Math.abs(difference))} ${side} than the ${figure}.`);
  }
  const tooLow = min !== undefined && value < min.value - epsilon(min.value);
  const tooHigh = max !== undefined && value > max.value + epsilon(max.value);
  if (min !== undefined && max !== undefined) {
    const range = `${show(min.value)} to ${show(max.value)} range ${cite}`;
    if (tooLow) return fail(`${lead} is below the ${range}.`);
    if (tooHigh) return fail(`${lead} is above the ${range}.`);
    return pass(`${lead} is within the ${range}.`);
  }
  if (min !== undefined) {
    const figure = `${show(min.value)} minimum ${cite}`;
    return tooLow
      ? fail(`${lead} is ${less} than the ${figure}.`)
      : pass(`${lead} meets the ${figure}.`);
  }
  const figure = `${show(max?.value ?? 0)} maximum ${cite}`;
  return tooHigh
    ? fail(`${lead} is ${more} than the ${figure}.`)
    : pass(`${lead} is within the ${figure}.`);
}

function unknown(sentence: string): CheckResult {
  return { against: 'standard', status: 'unknown', sentence };
}

function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

function combine(checks: readonly CheckResult[]): CheckStatus {
  if (checks.some((check) => check.status === 'fail')) return 'fail';
  if (checks.some((check) => check.status === 'pass')) return 'pass';
  return 'unknown';
}
