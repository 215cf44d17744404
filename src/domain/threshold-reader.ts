// Reading a measurement's thresholds from JSON: each standard's figures as printed, checked against their values.
import type { Setting } from './checklist';
import {
  isObject,
  join,
  type ReadContext,
  readArray,
  readEnum,
  readString,
  readUrl,
  rejectUnknownKeys,
  report,
} from './json-reader';
import type { ExactFigure, Figure, MeasurementVariants, Threshold } from './measurement';
import { figuresAgree, parsePrintedFigure, type QuantityKind, ratioFromText } from './quantities';
import { STANDARD_IDS, type ThresholdStandard } from './standards';

const THRESHOLD_KEYS = [
  'standard',
  'profile',
  'section',
  'min',
  'max',
  'exactly',
  'silent',
  'variant',
  'settings',
  'source',
  'evidence',
  'confirm',
  'note',
];
const THRESHOLD_STANDARDS: readonly ThresholdStandard[] = [...STANDARD_IDS, 'any'];
/** Version 1 named its profiles by standard; `as-1428.1-2021` and the rest read as standards. */
const VERSION_1_PROFILES: readonly ThresholdStandard[] = [
  'ada-2010',
  'irc-2021',
  'as-1428.1-2021',
  'any',
];
const SETTINGS: readonly Setting[] = ['home', 'workplace', 'school'];
const EVIDENCE = ['verified', 'secondary'] as const;

/** Reads a measurement's thresholds; two for the same standard, variant and setting are refused. */
export function readThresholds(
  measurement: Record<string, unknown>,
  kind: QuantityKind | undefined,
  variants: MeasurementVariants | undefined,
  path: string,
  context: ReadContext,
): Threshold[] {
  const thresholds: Threshold[] = [];
  const list = readArray(measurement, 'thresholds', path, context, { optional: true });
  for (const [index, entry] of list.entries()) {
    const at = `${join(path, 'thresholds')}[${index}]`;
    const threshold = readThreshold(entry, kind, variants, at, context);
    if (threshold === undefined) continue;
    if (thresholds.some((other) => overlaps(other, threshold))) {
      const what = threshold.variant === undefined ? '' : ` and variant "${threshold.variant}"`;
      report(context, at, `Two thresholds for "${threshold.standard}"${what}; keep one.`);
      continue;
    }
    thresholds.push(threshold);
  }
  return thresholds;
}

function overlaps(left: Threshold, right: Threshold): boolean {
  if (left.standard !== right.standard || left.variant !== right.variant) return false;
  const leftSettings = left.settings ?? SETTINGS;
  return (right.settings ?? SETTINGS).some((setting) => leftSettings.includes(setting));
}

function readThreshold(
  value: unknown,
  kind: QuantityKind | undefined,
  variants: MeasurementVariants | undefined,
  path: string,
  context: ReadContext,
): Threshold | undefined {
  if (!isObject(value)) {
    report(context, path, 'Expected a threshold (a JSON object with named fields) here.');
    return undefined;
  }
  rejectUnknownKeys(value, THRESHOLD_KEYS, path, context);
  const standard = readStandard(value, path, context);
  const section = readString(value, 'section', path, context, { maxLength: 200 });
  const source = readUrl(value, 'source', path, context);
  const evidence = readEnum(value, 'evidence', EVIDENCE, path, context);
  const note = readString(value, 'note', path, context, { optional: true, maxLength: 600 });
  const confirm = readString(value, 'confirm', path, context, { optional: true, maxLength: 400 });
  const limits = readLimits(value, kind, path, context);
  const variant = readVariant(value.variant, variants, join(path, 'variant'), context);
  const settings = readSettings(value.settings, join(path, 'settings'), context);
  if (!standard || !section || !source || !evidence || limits === undefined) return undefined;
  return {
    standard,
    section,
    source,
    evidence,
    ...limits,
    ...(variant === undefined ? {} : { variant }),
    ...(settings === undefined ? {} : { settings }),
    ...(confirm === undefined ? {} : { confirm }),
    ...(note === undefined ? {} : { note }),
  };
}

function readStandard(value: Record<string, unknown>, path: string, context: ReadContext) {
  if (value.standard !== undefined && value.profile !== undefined) {
    report(context, path, 'Give "standard" only ("profile" is the version 1 name for it).');
  }
  return value.profile !== undefined && value.standard === undefined
    ? readEnum(value, 'profile', VERSION_1_PROFILES, path, context)
    : readEnum(value, 'standard', THRESHOLD_STANDARDS, path, context);
}

type Limits = Pick<Threshold, 'min' | 'max' | 'exactly' | 'silent'>;

function readLimits(
  value: Record<string, unknown>,
  kind: QuantityKind | undefined,
  path: string,
  context: ReadContext,
): Limits | undefined {
  const min = readFigure(value.min, kind, join(path, 'min'), context);
  const max = readFigure(value.max, kind, join(path, 'max'), context);
  const exactly = readExact(value.exactly, kind, join(path, 'exactly'), context);
  const silent = value.silent === true;
  if (value.silent !== undefined && value.silent !== true) {
    report(context, join(path, 'silent'), '"silent" is true or left out.');
  }
  const figures = [min, max, exactly].filter((figure) => figure !== undefined).length;
  if (silent && figures > 0) {
    report(context, path, 'A silent threshold gives no figure; remove "min", "max" and "exactly".');
    return undefined;
  }
  if (!silent && figures === 0) {
    report(context, path, 'A threshold needs a "min", a "max", "exactly", or "silent": true.');
    return undefined;
  }
  if (exactly !== undefined && (min !== undefined || max !== undefined)) {
    report(context, path, '"exactly" stands alone; remove "min" and "max".');
    return undefined;
  }
  if (min !== undefined && max !== undefined && min.value > max.value) {
    report(context, path, `"min" is larger than "max"; swap them.`);
    return undefined;
  }
  if (silent) return { silent: true };
  return {
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
    ...(exactly === undefined ? {} : { exactly }),
  };
}

/** A figure: `{"value", "printed"}`, or a version 1 bare number (a `1:n` text for slopes). */
function readFigure(
  value: unknown,
  kind: QuantityKind | undefined,
  path: string,
  context: ReadContext,
): Figure | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) return readVersion1Limit(value, kind, path, context);
  rejectUnknownKeys(value, ['value', 'printed'], path, context);
  const number = value.value;
  if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) {
    report(context, join(path, 'value'), 'The value is a number of 0 or more in the base unit.');
    return undefined;
  }
  const printed = readString(value, 'printed', path, context, { optional: true, maxLength: 40 });
  if (printed === undefined || kind === undefined) return { value: number };
  const parsed = parsePrintedFigure(kind, printed);
  if (parsed === undefined) {
    report(
      context,
      join(path, 'printed'),
      `"${printed}" is not a figure with a unit (32 in, 850 mm, 5 lbf, 1:14).`,
    );
    return undefined;
  }
  if (!figuresAgree(number, parsed)) {
    report(
      context,
      join(path, 'value'),
      `The value ${number} does not match the printed "${printed}" (${round(parsed)} in the base unit); fix the slip.`,
    );
    return undefined;
  }
  return { value: number, printed };
}

function readExact(
  value: unknown,
  kind: QuantityKind | undefined,
  path: string,
  context: ReadContext,
): ExactFigure | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value) || value.tolerance === undefined) {
    report(context, path, '"exactly" is {"value", "printed", "tolerance": {"value", "printed"}}.');
    return undefined;
  }
  const { tolerance: toleranceValue, ...figureValue } = value;
  const figure = readFigure(figureValue, kind, path, context);
  const tolerance = readFigure(toleranceValue, kind, join(path, 'tolerance'), context);
  return figure === undefined || tolerance === undefined ? undefined : { ...figure, tolerance };
}

function readVersion1Limit(
  value: unknown,
  kind: QuantityKind | undefined,
  path: string,
  context: ReadContext,
): Figure | undefined {
  if (kind === 'slope') {
    const ratio = typeof value === 'string' ? ratioFromText(value) : undefined;
    if (ratio === undefined)
      report(context, path, 'A slope limit is written as a ratio such as "1:12".');
    return ratio === undefined ? undefined : { value: ratio, printed: String(value) };
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    report(
      context,
      path,
      'A limit must be a number of 0 or more in the base unit (mm for lengths).',
    );
    return undefined;
  }
  return { value };
}

function readVariant(
  value: unknown,
  variants: MeasurementVariants | undefined,
  path: string,
  context: ReadContext,
): string | undefined {
  if (value === undefined) return undefined;
  if (variants?.options.some((option) => option.id === value) === true) return String(value);
  const known = variants?.options.map((option) => option.id).join(', ');
  report(
    context,
    path,
    known === undefined
      ? 'This measurement has no "variants" to choose from.'
      : `"variant" is ${JSON.stringify(value)}; use one of: ${known}.`,
  );
  return undefined;
}

function readSettings(value: unknown, path: string, context: ReadContext): Setting[] | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : [];
  const settings = SETTINGS.filter((setting) => list.includes(setting));
  if (!Array.isArray(value) || settings.length === 0 || settings.length !== list.length) {
    report(context, path, `"settings" lists one or more of: ${SETTINGS.join(', ')}.`);
    return undefined;
  }
  return settings;
}

function round(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
