// Measurements a checklist item asks for, their thresholds per standard, and how they are read from JSON.
import type { Setting } from './checklist';
import {
  DEVICE_DIMENSIONS,
  DEVICE_KINDS,
  type DeviceDimension,
  type DeviceKind,
} from './client-device';
import {
  ID_PATTERN,
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
import { QUANTITY_KINDS, type QuantityKind } from './quantities';
import type { ThresholdStandard } from './standards';
import { readThresholds } from './threshold-reader';

/** `verified`: read in the standard's text or a faithful copy; `secondary`: from a summary. */
export type Evidence = 'verified' | 'secondary';

/**
 * One figure of a standard: the value the code compares (in the measurement's base unit: mm,
 * rise/run ratio, N, lux, °C) and the figure as the standard prints it (`5 lbf`, `1 1/2 in`,
 * `850 mm`, `1:14`). Checklists of version 1 stored only the value.
 */
export interface Figure {
  value: number;
  printed?: string;
}

/** A figure the standard states as one exact value, judged within a stated tolerance. */
export interface ExactFigure extends Figure {
  tolerance: Figure;
}

/** One standard's figure (or its silence) for a measurement, with where it comes from. */
export interface Threshold {
  standard: ThresholdStandard;
  /** Section of the standard (`404.2.9`), or the part of a guidance document. */
  section: string;
  min?: Figure;
  max?: Figure;
  exactly?: ExactFigure;
  /** The standard sets no figure for this measurement; `note` says why or where else to look. */
  silent?: boolean;
  /** Applies only to this variant of the measurement (`roll-in` shower); otherwise to every one. */
  variant?: string;
  /** Applies only in these settings (a dwelling's figure, a public building's); otherwise in all. */
  settings?: Setting[];
  source: string;
  evidence: Evidence;
  /** For a secondary figure: what to confirm in the standard itself. */
  confirm?: string;
  note?: string;
}

/** Kinds of the thing measured that a standard judges differently: a transfer or a roll-in shower. */
export interface MeasurementVariants {
  /** Names the choice: `Shower type`. */
  label: string;
  options: { id: string; label: string }[];
}

/** The readings a room can hold, in the base unit; a reading outside is refused as a slip. */
export interface PlausibleRange {
  min: number;
  max: number;
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
  variants?: MeasurementVariants;
  plausible?: PlausibleRange;
  deviceCheck?: DeviceCheck;
}

const MEASUREMENT_KEYS = [
  'id',
  'label',
  'kind',
  'help',
  'thresholds',
  'variants',
  'plausible',
  'deviceCheck',
];
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
  const variants =
    object.variants === undefined
      ? undefined
      : readVariants(object.variants, join(path, 'variants'), context);
  const thresholds = readThresholds(object, kind, variants, path, context);
  const plausible =
    object.plausible === undefined
      ? undefined
      : readPlausible(object.plausible, join(path, 'plausible'), context);
  const deviceCheck =
    object.deviceCheck === undefined
      ? undefined
      : readDeviceCheck(object.deviceCheck, join(path, 'deviceCheck'), context);
  if (id === undefined || label === undefined || kind === undefined) return undefined;
  const measurement: Measurement = { id, label, kind, thresholds };
  if (help !== undefined) measurement.help = help;
  if (variants !== undefined) measurement.variants = variants;
  if (plausible !== undefined) measurement.plausible = plausible;
  if (deviceCheck !== undefined) measurement.deviceCheck = deviceCheck;
  return measurement;
}

function readVariants(
  value: unknown,
  path: string,
  context: ReadContext,
): MeasurementVariants | undefined {
  const object = readObject(value, path, context, 'the variants ({"label", "options"})');
  if (object === undefined) return undefined;
  rejectUnknownKeys(object, ['label', 'options'], path, context);
  const label = readString(object, 'label', path, context, { maxLength: 60 });
  const options: MeasurementVariants['options'] = [];
  for (const [index, entry] of readArray(object, 'options', path, context, {
    minItems: 2,
  }).entries()) {
    const at = `${join(path, 'options')}[${index}]`;
    const option = readObject(entry, at, context, 'an option ({"id", "label"})');
    if (option === undefined) continue;
    rejectUnknownKeys(option, ['id', 'label'], at, context);
    const id = readId(option, 'id', at, context);
    const optionLabel = readString(option, 'label', at, context, { maxLength: 60 });
    if (id !== undefined && options.some((known) => known.id === id)) {
      report(context, `${at}.id`, `"${id}" is listed twice.`);
    } else if (id !== undefined && optionLabel !== undefined) {
      options.push({ id, label: optionLabel });
    }
  }
  return label === undefined ? undefined : { label, options };
}

function readPlausible(value: unknown, path: string, context: ReadContext) {
  const object = readObject(value, path, context, 'a plausible range ({"min", "max"})');
  if (object === undefined) return undefined;
  rejectUnknownKeys(object, ['min', 'max'], path, context);
  const min = readNumberField(object, 'min', path, context);
  const max = readNumberField(object, 'max', path, context);
  if (min === undefined || max === undefined || min >= max) {
    report(context, path, 'A plausible range needs a "min" below its "max", in the base unit.');
    return undefined;
  }
  return { min, max };
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

/** True when the text can name a variant (the same form as other ids). */
export function isVariantId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}
