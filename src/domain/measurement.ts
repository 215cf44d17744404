// Measurements a checklist item asks for, their thresholds per standard, and how they are read from JSON.
import {
  DEVICE_DIMENSIONS,
  DEVICE_KINDS,
  type DeviceDimension,
  type DeviceKind,
} from './client-device';
import {
  join,
  type ReadContext,
  readArray,
  readEnum,
  readId,
  readNumberField,
  readObject,
  readString,
  readUrl,
  rejectUnknownKeys,
  report,
} from './json-reader';
import { QUANTITY_KINDS, type QuantityKind, RATIO_PATTERN, ratioFromText } from './quantities';

/** The standards a measurement can be judged against. ADA 2010 is the default. */
export type ProfileId = 'ada-2010' | 'irc-2021' | 'as-1428.1-2021';
export const PROFILE_IDS: readonly ProfileId[] = ['ada-2010', 'irc-2021', 'as-1428.1-2021'];
/** `any`: clinical guidance that applies whichever standard the clinic follows (e.g. lighting). */
export type ThresholdProfile = ProfileId | 'any';
const THRESHOLD_PROFILES: readonly ThresholdProfile[] = [...PROFILE_IDS, 'any'];

/** `verified`: read in the standard's text or a faithful copy; `secondary`: from a summary. */
export type Evidence = 'verified' | 'secondary';
const EVIDENCE_LEVELS: readonly Evidence[] = ['verified', 'secondary'];

/** One standard's limit for a measurement, with where it comes from. */
export interface Threshold {
  profile: ThresholdProfile;
  /** In the measurement's base unit (mm, rise/run ratio, N, lux, °C). */
  min?: number;
  max?: number;
  /** Section of the standard (`404.2.3`), or the guidance document for profile `any`. */
  section: string;
  source: string;
  evidence: Evidence;
  note?: string;
}

/**
 * A comparison with the client's own device. `at-least`: the measurement must be at least the
 * device's size plus the allowance (a door and a wheelchair). `level-with`: the measurement must
 * be within the allowance of the device's size (a bed and a wheelchair seat, for level transfers).
 */
export interface DeviceCheck {
  dimension: DeviceDimension;
  rule: 'at-least' | 'level-with';
  allowanceMm: number;
  /** What the allowance is for, read in a sentence: `hand clearance`. */
  allowanceName: string;
  appliesTo: DeviceKind[];
  /** Why this allowance: a source, or the clinical reasoning when no standard gives one. */
  basis: string;
  source?: string;
}

export interface Measurement {
  id: string;
  /** Starts a sentence: `Clear width 28" is less than…`. */
  label: string;
  kind: QuantityKind;
  help?: string;
  thresholds: Threshold[];
  deviceCheck?: DeviceCheck;
}

const MEASUREMENT_KEYS = ['id', 'label', 'kind', 'help', 'thresholds', 'deviceCheck'];
const THRESHOLD_KEYS = ['profile', 'min', 'max', 'section', 'source', 'evidence', 'note'];
const DEVICE_CHECK_KEYS = [
  'dimension',
  'rule',
  'allowanceMm',
  'allowanceName',
  'appliesTo',
  'basis',
  'source',
];

/** Reads one measurement; reports problems and returns undefined when it cannot be used. */
export function readMeasurement(
  value: unknown,
  path: string,
  context: ReadContext,
): Measurement | undefined {
  const object = readObject(value, path, context, 'a measurement');
  if (object === undefined) return undefined;
  rejectUnknownKeys(object, MEASUREMENT_KEYS, path, context);
  const id = readId(object, 'id', path, context);
  const label = readString(object, 'label', path, context, { maxLength: 80 });
  const kind = readEnum(object, 'kind', QUANTITY_KINDS, path, context);
  const help = readString(object, 'help', path, context, { optional: true, maxLength: 600 });
  const thresholds = readThresholds(object, kind, path, context);
  const deviceCheck =
    object.deviceCheck === undefined
      ? undefined
      : readDeviceCheck(object.deviceCheck, join(path, 'deviceCheck'), context);
  if (id === undefined || label === undefined || kind === undefined) return undefined;
  const measurement: Measurement = { id, label, kind, thresholds };
  if (help !== undefined) measurement.help = help;
  if (deviceCheck !== undefined) measurement.deviceCheck = deviceCheck;
  return measurement;
}

function readThresholds(
  measurement: Record<string, unknown>,
  kind: QuantityKind | undefined,
  path: string,
  context: ReadContext,
): Threshold[] {
  const thresholds: Threshold[] = [];
  const list = readArray(measurement, 'thresholds', path, context, { optional: true });
  for (const [index, entry] of list.entries()) {
    const at = `${join(path, 'thresholds')}[${index}]`;
    const threshold = readThreshold(entry, kind, at, context);
    if (threshold === undefined) continue;
    if (thresholds.some((other) => other.profile === threshold.profile)) {
      report(context, `${at}.profile`, `Two thresholds for "${threshold.profile}"; keep one.`);
      continue;
    }
    thresholds.push(threshold);
  }
  return thresholds;
}

function readThreshold(
  value: unknown,
  kind: QuantityKind | undefined,
  path: string,
  context: ReadContext,
): Threshold | undefined {
  const object = readObject(value, path, context, 'a threshold');
  if (object === undefined) return undefined;
  rejectUnknownKeys(object, THRESHOLD_KEYS, path, context);
  const profile = readEnum(object, 'profile', THRESHOLD_PROFILES, path, context);
  const min = readLimit(object.min, kind, join(path, 'min'), context);
  const max = readLimit(object.max, kind, join(path, 'max'), context);
  const section = readString(object, 'section', path, context, { maxLength: 200 });
  const source = readUrl(object, 'source', path, context);
  const evidence = readEnum(object, 'evidence', EVIDENCE_LEVELS, path, context);
  const note = readString(object, 'note', path, context, { optional: true, maxLength: 600 });
  if (min === undefined && max === undefined) {
    report(context, path, 'A threshold needs a "min", a "max" or both.');
    return undefined;
  }
  if (min !== undefined && max !== undefined && min > max) {
    report(context, path, `"min" is larger than "max"; swap them.`);
    return undefined;
  }
  if (!profile || !section || !source || !evidence) return undefined;
  return { profile, section, source, evidence, ...limits(min, max), ...(note ? { note } : {}) };
}

function limits(min: number | undefined, max: number | undefined): Pick<Threshold, 'min' | 'max'> {
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

/** Slopes are written as `1:12`; every other kind as a number in its base unit. */
function readLimit(
  value: unknown,
  kind: QuantityKind | undefined,
  path: string,
  context: ReadContext,
): number | undefined {
  if (value === undefined) return undefined;
  if (kind === 'slope') {
    const ratio = typeof value === 'string' ? ratioFromText(value) : undefined;
    if (ratio === undefined || !RATIO_PATTERN.test(String(value))) {
      report(context, path, 'A slope limit is written as a ratio such as "1:12".');
    }
    return ratio;
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    report(
      context,
      path,
      'A limit must be a number of 0 or more in the base unit (mm for lengths).',
    );
    return undefined;
  }
  return value;
}

function readDeviceCheck(
  value: unknown,
  path: string,
  context: ReadContext,
): DeviceCheck | undefined {
  const object = readObject(value, path, context, 'a device check');
  if (object === undefined) return undefined;
  rejectUnknownKeys(object, DEVICE_CHECK_KEYS, path, context);
  const dimension = readEnum(object, 'dimension', DEVICE_DIMENSIONS, path, context);
  const rule = readEnum(object, 'rule', ['at-least', 'level-with'] as const, path, context);
  const allowanceMm = readNumberField(object, 'allowanceMm', path, context);
  const allowanceName = readString(object, 'allowanceName', path, context, { maxLength: 60 });
  const basis = readString(object, 'basis', path, context, { maxLength: 600 });
  const source = object.source === undefined ? undefined : readUrl(object, 'source', path, context);
  const appliesTo: DeviceKind[] = [];
  for (const [index, kind] of readArray(object, 'appliesTo', path, context).entries()) {
    const match = DEVICE_KINDS.find((known) => known === kind);
    if (match === undefined) {
      report(context, `${path}.appliesTo[${index}]`, `Unknown device ${JSON.stringify(kind)}.`);
    } else appliesTo.push(match);
  }
  if (allowanceMm === undefined)
    report(context, join(path, 'allowanceMm'), 'Give the allowance in mm.');
  if (!dimension || !rule || allowanceMm === undefined || !allowanceName || !basis)
    return undefined;
  const check: DeviceCheck = { dimension, rule, allowanceMm, allowanceName, appliesTo, basis };
  if (source !== undefined) check.source = source;
  return check;
}
