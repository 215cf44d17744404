// Lengths: millimetres inside, millimetres or inches (with fractions) on screen, and parsing what people type.

/** How the user reads and types measurements. Lengths are always stored in millimetres. */
export type UnitSystem = 'metric' | 'imperial';

export const MM_PER_INCH = 25.4;
const INCHES_PER_FOOT = 12;
/** Imperial lengths are shown to the nearest eighth of an inch, as on a tape measure. */
const INCH_FRACTION_DENOMINATOR = 8;
/** From this length on, imperial lengths read as feet and inches (80 in → 6' 8"). */
const FEET_FROM_INCHES = 72;
/** From this length on, metric lengths read in metres (12 500 mm → 12.5 m). */
const METRES_FROM_MM = 5000;

/** Converts millimetres to inches. */
export function mmToInches(lengthMm: number): number {
  return lengthMm / MM_PER_INCH;
}

/** Converts inches to millimetres. */
export function inchesToMm(lengthInches: number): number {
  return lengthInches * MM_PER_INCH;
}

/** Formats a length for display: `813 mm`, `12.7 mm`, `9.14 m`, `32"`, `3/4"`, `6' 8"`. */
export function formatLength(lengthMm: number, system: UnitSystem): string {
  return system === 'metric' ? formatMetric(lengthMm) : formatImperial(lengthMm);
}

function formatMetric(lengthMm: number): string {
  if (Math.abs(lengthMm) >= METRES_FROM_MM) {
    return `${trimZeros((lengthMm / 1000).toFixed(2))} m`;
  }
  if (Math.abs(lengthMm) < 100 && !Number.isInteger(roundTo(lengthMm, 1))) {
    return `${roundTo(lengthMm, 1)} mm`;
  }
  return `${Math.round(lengthMm)} mm`;
}

function formatImperial(lengthMm: number): string {
  const eighths = Math.round(mmToInches(lengthMm) * INCH_FRACTION_DENOMINATOR);
  const sign = eighths < 0 ? '-' : '';
  const totalEighths = Math.abs(eighths);
  const wholeInches = Math.floor(totalEighths / INCH_FRACTION_DENOMINATOR);
  const fraction = reduceFraction(totalEighths % INCH_FRACTION_DENOMINATOR);
  if (wholeInches >= FEET_FROM_INCHES) {
    const feet = Math.floor(wholeInches / INCHES_PER_FOOT);
    const remainder = wholeInches % INCHES_PER_FOOT;
    const inches =
      remainder === 0 && fraction !== '' ? `0 ${fraction}` : joinInches(remainder, fraction);
    return `${sign}${feet}' ${inches}"`;
  }
  return `${sign}${joinInches(wholeInches, fraction)}"`;
}

function joinInches(wholeInches: number, fraction: string): string {
  if (fraction === '') return `${wholeInches}`;
  return wholeInches === 0 ? fraction : `${wholeInches} ${fraction}`;
}

function reduceFraction(eighths: number): string {
  if (eighths === 0) return '';
  let numerator = eighths;
  let denominator = INCH_FRACTION_DENOMINATOR;
  while (numerator % 2 === 0) {
    numerator /= 2;
    denominator /= 2;
  }
  return `${numerator}/${denominator}`;
}

/** The result of reading a typed value: a number in base units, or a message the user can act on. */
export type ParseResult = { ok: true; value: number } | { ok: false; message: string };

const LENGTH_UNIT_MM: Readonly<Record<string, number>> = {
  mm: 1,
  cm: 10,
  m: 1000,
  in: MM_PER_INCH,
  inch: MM_PER_INCH,
  inches: MM_PER_INCH,
  '"': MM_PER_INCH,
  ft: MM_PER_INCH * INCHES_PER_FOOT,
  feet: MM_PER_INCH * INCHES_PER_FOOT,
  foot: MM_PER_INCH * INCHES_PER_FOOT,
  "'": MM_PER_INCH * INCHES_PER_FOOT,
};

/** A number, a fraction (`3/4`) or a mixed number (`32 1/2`). */
const NUMBER = String.raw`(\d+\s+\d+/\d+|\d+/\d+|\d+(?:\.\d+)?|\.\d+)`;
const UNIT = `(mm|cm|m|inches|inch|in|"|feet|foot|ft|')?`;
const PART = new RegExp(String.raw`^${NUMBER}\s*${UNIT}\s*`, 'i');

/**
 * Reads a length typed by the user into millimetres. A bare number is taken in the user's unit
 * (inches for imperial, millimetres for metric); an explicit unit always wins: `32`, `32 1/2`,
 * `32.5`, `2' 8"`, `2 ft 8 in`, `813`, `81.3 cm`, `0.9 m`.
 */
export function parseLength(text: string, system: UnitSystem): ParseResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter a length.' };
  let rest = trimmed;
  let totalMm = 0;
  let previousUnit: string | undefined;
  while (rest !== '') {
    const match = PART.exec(rest);
    const amount = match?.[1] === undefined ? undefined : readNumber(match[1]);
    if (match === null || amount === undefined) return unreadable(trimmed, system);
    const unit = match[2]?.toLowerCase() ?? bareUnit(system, previousUnit);
    const factor = LENGTH_UNIT_MM[unit];
    if (factor === undefined) return unreadable(trimmed, system);
    totalMm += amount * factor;
    previousUnit = unit;
    rest = rest.slice(match[0].length);
  }
  return { ok: true, value: totalMm };
}

/** After feet, a bare number means inches (`2' 8`); otherwise it is in the user's own unit. */
function bareUnit(system: UnitSystem, previousUnit: string | undefined): string {
  if (previousUnit !== undefined && LENGTH_UNIT_MM[previousUnit] === LENGTH_UNIT_MM.ft) return 'in';
  return system === 'metric' ? 'mm' : 'in';
}

/** Reads `32`, `32.5`, `3/4` or `32 1/2`; undefined for a zero denominator. */
export function readNumber(text: string): number | undefined {
  const [whole, fraction] = text.includes('/') ? splitMixed(text) : [text, undefined];
  let value = whole === undefined || whole === '' ? 0 : Number(whole);
  if (fraction !== undefined) {
    const [numerator, denominator] = fraction.split('/').map(Number);
    if (numerator === undefined || denominator === undefined || denominator === 0) return undefined;
    value += numerator / denominator;
  }
  return Number.isFinite(value) ? value : undefined;
}

function splitMixed(text: string): [string | undefined, string | undefined] {
  const parts = text.trim().split(/\s+/);
  return parts.length === 1 ? [undefined, parts[0]] : [parts[0], parts[1]];
}

function unreadable(text: string, system: UnitSystem): ParseResult {
  const example = system === 'metric' ? '813, 81.3 cm or 0.81 m' : `32, 32 1/2 or 2' 8"`;
  return { ok: false, message: `Could not read "${text}" as a length. Type it like ${example}.` };
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
