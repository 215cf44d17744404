// Judging a measurement against a standard and against the client's own device, in a sentence.
import { type ClientDevice, deviceName, dimensionName } from './client-device';
import type { DeviceCheck, Measurement, ProfileId, Threshold } from './measurement';
import { formatQuantity } from './quantities';
import { formatLength, type UnitSystem } from './units';

export type { ProfileId } from './measurement';

export interface StandardProfile {
  id: ProfileId;
  /** Short name used in citations: `ADA 2010 §404.2.3`. */
  label: string;
  /** Profiles consulted, in order, when this one has no figure for a measurement. */
  fallbacks: ProfileId[];
}

/** The standards a clinic can choose; ADA 2010 is the default. */
export const PROFILES: Readonly<Record<ProfileId, StandardProfile>> = {
  'ada-2010': { id: 'ada-2010', label: 'ADA 2010', fallbacks: [] },
  // The IRC covers dwelling stairs; for doors, routes and bathrooms US clinics use ADA figures.
  'irc-2021': { id: 'irc-2021', label: 'IRC 2021', fallbacks: ['ada-2010'] },
  'as-1428.1-2021': { id: 'as-1428.1-2021', label: 'AS 1428.1', fallbacks: [] },
};

export const DEFAULT_PROFILE: ProfileId = 'ada-2010';

/** A measured value: a number in the measurement's base unit, or a slope as two lengths. */
export type MeasuredValue = number | { riseMm: number; runMm: number };

export type CheckStatus = 'pass' | 'fail' | 'unknown';

export interface CheckResult {
  against: 'standard' | 'device';
  status: CheckStatus;
  sentence: string;
}

export interface MeasurementEvaluation {
  /** `fail` if any check fails; `pass` if a check passes and none fails; otherwise `unknown`. */
  status: CheckStatus;
  /** Every check's sentence, standard first. */
  sentence: string;
  /** The standard's figure with its citation: `32" minimum (ADA 2010 §404.2.3)`. */
  requirement?: string;
  threshold?: Threshold;
  checks: CheckResult[];
}

export interface EvaluationOptions {
  profileId?: ProfileId;
  unitSystem: UnitSystem;
  device?: ClientDevice;
}

/** Tolerance for comparing converted values (0.01 mm, or a ratio difference of 1e-6). */
const EPSILON = 1e-6;
const LENGTH_EPSILON_MM = 0.01;

/**
 * Judges one measured value against the chosen standard (falling back as the profile says) and,
 * when the item allows it, against the client's device. The sentences are in the user's units.
 */
export function evaluateMeasurement(
  measurement: Measurement,
  value: MeasuredValue,
  options: EvaluationOptions,
): MeasurementEvaluation {
  const baseValue = toBaseValue(value);
  const profileId = options.profileId ?? DEFAULT_PROFILE;
  const threshold = findThreshold(measurement, profileId);
  const checks: CheckResult[] = [
    threshold === undefined
      ? noThreshold(measurement, baseValue, profileId, options.unitSystem)
      : checkThreshold(measurement, baseValue, threshold, options.unitSystem),
  ];
  const deviceResult = checkDevice(measurement, baseValue, options.device, options.unitSystem);
  if (deviceResult !== undefined) checks.push(deviceResult);
  const evaluation: MeasurementEvaluation = {
    status: combine(checks),
    sentence: checks.map((check) => check.sentence).join(' '),
    checks,
  };
  if (threshold !== undefined) {
    evaluation.threshold = threshold;
    evaluation.requirement = describeRequirement(measurement, threshold, options.unitSystem);
  }
  return evaluation;
}

function toBaseValue(value: MeasuredValue): number {
  if (typeof value === 'number') return value;
  return value.runMm > 0 ? value.riseMm / value.runMm : Number.POSITIVE_INFINITY;
}

/** The threshold that applies under a profile: its own, a fallback's, or general guidance. */
export function findThreshold(
  measurement: Measurement,
  profileId: ProfileId,
): Threshold | undefined {
  const order = [profileId, ...PROFILES[profileId].fallbacks, 'any'];
  for (const profile of order) {
    const threshold = measurement.thresholds.find((candidate) => candidate.profile === profile);
    if (threshold !== undefined) return threshold;
  }
  return undefined;
}

/** The citation shown after a figure: `ADA 2010 §404.2.3`, or the guidance named in full. */
export function citation(threshold: Threshold): string {
  if (threshold.profile === 'any') return threshold.section;
  const label = PROFILES[threshold.profile].label;
  // Numbered sections read `ADA 2010 §404.2.3`; named ones `AS 1428.1, door clear opening`.
  return /^[A-Z]?\d/.test(threshold.section)
    ? `${label} §${threshold.section}`
    : `${label}, ${threshold.section}`;
}

/** The figure a standard asks for: `32" minimum (ADA 2010 §404.2.3)`. */
export function describeRequirement(
  measurement: Measurement,
  threshold: Threshold,
  system: UnitSystem,
): string {
  const show = (value: number) => formatQuantity(measurement.kind, value, system);
  const { min, max } = threshold;
  let figure = '';
  if (min !== undefined && max !== undefined) figure = `${show(min)} to ${show(max)}`;
  else if (min !== undefined) figure = `${show(min)} minimum`;
  else if (max !== undefined) figure = `${show(max)} maximum`;
  return `${figure} (${citation(threshold)})`;
}

function checkThreshold(
  measurement: Measurement,
  value: number,
  threshold: Threshold,
  system: UnitSystem,
): CheckResult {
  const show = (amount: number) => formatQuantity(measurement.kind, amount, system);
  const epsilon = measurement.kind === 'length' ? LENGTH_EPSILON_MM : EPSILON;
  const { min, max } = threshold;
  const lead = `${measurement.label} ${show(value)}`;
  const cite = `(${citation(threshold)})`;
  const [less, more] = measurement.kind === 'slope' ? ['gentler', 'steeper'] : ['less', 'more'];
  const tooLow = min !== undefined && value < min - epsilon;
  const tooHigh = max !== undefined && value > max + epsilon;
  if (min !== undefined && max !== undefined) {
    const range = `${show(min)} to ${show(max)} range ${cite}`;
    if (tooLow) return fail(`${lead} is below the ${range}.`);
    if (tooHigh) return fail(`${lead} is above the ${range}.`);
    return pass(`${lead} is within the ${range}.`);
  }
  if (min !== undefined) {
    const figure = `${show(min)} minimum ${cite}`;
    return tooLow
      ? fail(`${lead} is ${less} than the ${figure}.`)
      : pass(`${lead} meets the ${figure}.`);
  }
  const figure = `${show(max ?? 0)} maximum ${cite}`;
  return tooHigh
    ? fail(`${lead} is ${more} than the ${figure}.`)
    : pass(`${lead} is within the ${figure}.`);
}

function noThreshold(
  measurement: Measurement,
  value: number,
  profileId: ProfileId,
  system: UnitSystem,
): CheckResult {
  const shown = formatQuantity(measurement.kind, value, system);
  const sentence = `${measurement.label} ${shown}: no ${PROFILES[profileId].label} figure is recorded for this measurement.`;
  return { against: 'standard', status: 'unknown', sentence };
}

function checkDevice(
  measurement: Measurement,
  value: number,
  device: ClientDevice | undefined,
  system: UnitSystem,
): CheckResult | undefined {
  const check = measurement.deviceCheck;
  if (check === undefined || device === undefined || !check.appliesTo.includes(device.kind)) {
    return undefined;
  }
  const size = device[check.dimension];
  const owner = `the ${deviceName(device.kind)}'s`;
  const dimension = dimensionName(check.dimension);
  if (size === undefined) {
    const sentence = `Record ${owner} ${dimension} to check it fits.`;
    return { against: 'device', status: 'unknown', sentence };
  }
  const show = (lengthMm: number) => formatLength(lengthMm, system);
  const lead = `${measurement.label} ${show(value)}`;
  return check.rule === 'at-least'
    ? checkAtLeast(check, value, size, `${lead}`, `${owner} ${show(size)} ${dimension}`, show)
    : checkLevelWith(check, value, size, lead, `${owner} ${show(size)} ${dimension}`, show);
}

function checkAtLeast(
  check: DeviceCheck,
  valueMm: number,
  sizeMm: number,
  lead: string,
  deviceSize: string,
  show: (lengthMm: number) => string,
): CheckResult {
  const needed = sizeMm + check.allowanceMm;
  const allowance =
    check.allowanceMm > 0 ? ` plus ${show(check.allowanceMm)} of ${check.allowanceName}` : '';
  if (valueMm < needed - LENGTH_EPSILON_MM) {
    return fail(`${lead} is less than ${deviceSize}${allowance}.`, 'device');
  }
  return pass(`${lead} leaves room for ${deviceSize}${allowance}.`, 'device');
}

function checkLevelWith(
  check: DeviceCheck,
  valueMm: number,
  sizeMm: number,
  lead: string,
  deviceSize: string,
  show: (lengthMm: number) => string,
): CheckResult {
  const difference = valueMm - sizeMm;
  const within = `within ${show(check.allowanceMm)} of ${deviceSize}`;
  if (Math.abs(difference) <= check.allowanceMm + LENGTH_EPSILON_MM) {
    return pass(`${lead} is ${within}.`, 'device');
  }
  const direction = difference > 0 ? 'higher' : 'lower';
  const sentence = `${lead} is ${show(Math.abs(difference))} ${direction} than ${deviceSize}; ${check.allowanceName} need it within ${show(check.allowanceMm)}.`;
  return fail(sentence, 'device');
}

function pass(sentence: string, against: CheckResult['against'] = 'standard'): CheckResult {
  return { against, status: 'pass', sentence };
}

function fail(sentence: string, against: CheckResult['against'] = 'standard'): CheckResult {
  return { against, status: 'fail', sentence };
}

function combine(checks: readonly CheckResult[]): CheckStatus {
  if (checks.some((check) => check.status === 'fail')) return 'fail';
  if (checks.some((check) => check.status === 'pass')) return 'pass';
  return 'unknown';
}
