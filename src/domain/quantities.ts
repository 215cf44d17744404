// Every kind of measurement a checklist can ask for: its base unit, how it reads on screen and how it is typed.
import { formatLength, type ParseResult, parseLength, readNumber, type UnitSystem } from './units';

/**
 * What a measurement measures, and the unit it is stored in: length in millimetres, slope as
 * rise divided by run (1:12 is 0.0833), force in newtons, illuminance in lux, temperature in °C.
 */
export type QuantityKind = 'length' | 'slope' | 'force' | 'illuminance' | 'temperature';

export const QUANTITY_KINDS: readonly QuantityKind[] = [
  'length',
  'slope',
  'force',
  'illuminance',
  'temperature',
];

/** Exact: one pound-force is 0.45359237 kg × 9.80665 m/s² (NIST SP 811, appendix B). */
const NEWTONS_PER_POUND_FORCE = 4.4482216152605;
/** Exact: one footcandle is one lumen per square foot, 1 / 0.09290304 lux. */
const LUX_PER_FOOTCANDLE = 10.763910417;

/** A slope given as a ratio string, `1:12`, as the standards write it. */
export const RATIO_PATTERN = /^1:(\d+(?:\.\d+)?)$/;

/** Reads `1:12` into a rise/run ratio (0.0833…); undefined when it is not of that form. */
export function ratioFromText(text: string): number | undefined {
  const match = RATIO_PATTERN.exec(text.trim());
  const run = match?.[1] === undefined ? undefined : Number(match[1]);
  return run === undefined || run === 0 ? undefined : 1 / run;
}

/** The slope of a ramp measured as two lengths: its rise and its horizontal run. */
export function slopeFromLengths(riseMm: number, runMm: number): number | undefined {
  return runMm > 0 && riseMm >= 0 ? riseMm / runMm : undefined;
}

/** Formats a slope the way a builder reads it, with its gradient: `1:10 (10%)`. */
export function formatSlope(ratio: number): string {
  if (ratio <= 0) return 'level (0%)';
  const run = trimNumber(1 / ratio, 1);
  return `1:${run} (${trimNumber(ratio * 100, 1)}%)`;
}

/** Formats a value of any measurement kind in the user's unit system. */
export function formatQuantity(kind: QuantityKind, value: number, system: UnitSystem): string {
  switch (kind) {
    case 'length':
      return formatLength(value, system);
    case 'slope':
      return formatSlope(value);
    case 'force':
      return system === 'metric'
        ? `${trimNumber(value, 1)} N`
        : `${trimNumber(value / NEWTONS_PER_POUND_FORCE, 1)} lbf`;
    case 'illuminance':
      return system === 'metric'
        ? `${Math.round(value)} lux`
        : `${Math.round(value)} lux (${Math.round(value / LUX_PER_FOOTCANDLE)} fc)`;
    case 'temperature':
      return system === 'metric'
        ? `${Math.round(value)} °C`
        : `${Math.round(celsiusToFahrenheit(value))} °F`;
  }
}

/** Reads what the user typed for a measurement of this kind into its base unit. */
export function parseQuantity(kind: QuantityKind, text: string, system: UnitSystem): ParseResult {
  switch (kind) {
    case 'length':
      return parseLength(text, system);
    case 'slope':
      return parseSlope(text);
    case 'force':
      return parseWithUnits(text, system === 'metric' ? 'n' : 'lbf', FORCE_UNITS, 'a force');
    case 'illuminance':
      return parseWithUnits(text, system === 'metric' ? 'lux' : 'fc', LIGHT_UNITS, 'a light level');
    case 'temperature':
      return parseTemperature(text, system);
  }
}

/**
 * Reads a slope typed as `1:12`, `1 in 12`, a gradient `8.3%`, or an angle `4.8°` (`4.8 deg`),
 * as inclinometer apps show it.
 */
export function parseSlope(text: string): ParseResult {
  const cleaned = text.trim().replace(/\s+in\s+/i, ':');
  const ratio = ratioFromText(cleaned.replace(/\s/g, ''));
  if (ratio !== undefined) return { ok: true, value: ratio };
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(cleaned);
  if (percent?.[1] !== undefined) return { ok: true, value: Number(percent[1]) / 100 };
  const angle = DEGREES_PATTERN.exec(cleaned);
  if (angle?.[1] !== undefined && Number(angle[1]) < 90) {
    return { ok: true, value: Math.tan((Number(angle[1]) * Math.PI) / 180) };
  }
  return {
    ok: false,
    message: `Could not read "${text.trim()}" as a slope. Type it like 1:12, 1 in 12, 8.3% or 4.8°.`,
  };
}

const DEGREES_PATTERN = /^(\d+(?:\.\d+)?)\s*(?:°|deg|degrees?)$/i;

/** Units a standard prints its figures in, per kind; a printed figure always names its unit. */
const PRINTED_UNIT: Readonly<Record<Exclude<QuantityKind, 'slope'>, RegExp>> = {
  length: /\s*(mm|cm|m|in|ft)$/,
  force: /\s*(N|lbf)$/,
  illuminance: /\s*(lux|fc)$/,
  temperature: /\s*°(C|F)$/,
};

/**
 * The base-unit value of a figure as a standard prints it: `32 in`, `1 1/2 in`, `850 mm`,
 * `5 lbf`, `22.2 N`, `120 °F`, `300 lux`, `1:14`. Undefined when it names no unit of its kind.
 */
export function parsePrintedFigure(kind: QuantityKind, printed: string): number | undefined {
  if (kind === 'slope') return ratioFromText(printed);
  if (!PRINTED_UNIT[kind].test(printed.trim())) return undefined;
  const text = kind === 'temperature' ? printed.replace('°', '') : printed;
  const result = parseQuantity(kind, text, 'metric');
  return result.ok ? result.value : undefined;
}

/** A stored value agrees with its printed figure to 0.2% (a slip such as mm-per-inch on a force does not). */
export function figuresAgree(stored: number, printed: number): boolean {
  return Math.abs(stored - printed) <= Math.max(0.01, Math.abs(printed) * 0.002);
}

type UnitTable = Readonly<Record<string, (amount: number) => number>>;

const FORCE_UNITS: UnitTable = {
  n: (amount) => amount,
  lbf: (amount) => amount * NEWTONS_PER_POUND_FORCE,
  lb: (amount) => amount * NEWTONS_PER_POUND_FORCE,
};

const LIGHT_UNITS: UnitTable = {
  lux: (amount) => amount,
  lx: (amount) => amount,
  fc: (amount) => amount * LUX_PER_FOOTCANDLE,
};

const TEMPERATURE_UNITS: UnitTable = {
  c: (amount) => amount,
  f: (amount) => ((amount - 32) * 5) / 9,
};

function parseWithUnits(
  text: string,
  defaultUnit: string,
  units: UnitTable,
  what: string,
): ParseResult {
  const match = /^(\d+(?:\.\d+)?)\s*°?\s*([a-z]*)$/i.exec(text.trim());
  const amount = match?.[1] === undefined ? undefined : readNumber(match[1]);
  const unit = match?.[2] === undefined || match[2] === '' ? defaultUnit : match[2].toLowerCase();
  const convert = units[unit];
  if (amount === undefined || convert === undefined) {
    const known = Object.keys(units).join(', ');
    return { ok: false, message: `Could not read "${text.trim()}" as ${what}. Units: ${known}.` };
  }
  return { ok: true, value: convert(amount) };
}

function parseTemperature(text: string, system: UnitSystem): ParseResult {
  return parseWithUnits(text, system === 'metric' ? 'c' : 'f', TEMPERATURE_UNITS, 'a temperature');
}

function celsiusToFahrenheit(celsius: number): number {
  return (celsius * 9) / 5 + 32;
}

function trimNumber(value: number, decimals: number): string {
  const fixed = value.toFixed(decimals);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
