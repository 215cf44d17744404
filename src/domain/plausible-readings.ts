// Reading what a therapist typed for a measurement, refusing what no room could hold and naming the likely slip.
import type { Measurement, PlausibleRange } from './measurement';
import { formatQuantity, parseQuantity, type QuantityKind } from './quantities';
import type { UnitSystem } from './units';

/** A reading in the base unit, or why it was refused (`code`) in words a therapist can act on. */
export type ReadingResult =
  | { ok: true; value: number }
  | { ok: false; code: 'unreadable' | 'negative' | 'implausible'; message: string };

/** What no measurement of a kind can be, for checklists that give no range of their own. */
const KIND_RANGES: Readonly<Record<QuantityKind, PlausibleRange>> = {
  // Nothing a tape measure checks in a room or on a path is longer than 10 m.
  length: { min: 0, max: 10_000 },
  slope: { min: 0, max: 1 },
  force: { min: 0, max: 1000 },
  illuminance: { min: 0, max: 150_000 },
  temperature: { min: 0, max: 100 },
};

/** The units a bare number may have been meant in, per kind: a slip between them is likely. */
const UNITS: Readonly<Record<QuantityKind, readonly string[]>> = {
  length: ['mm', 'cm', 'in', 'm'],
  slope: [],
  force: ['N', 'lbf'],
  illuminance: ['lux', 'fc'],
  temperature: ['°C', '°F'],
};
const BARE_UNIT: Readonly<Record<QuantityKind, Record<UnitSystem, string>>> = {
  length: { metric: 'mm', imperial: 'in' },
  slope: { metric: '', imperial: '' },
  force: { metric: 'N', imperial: 'lbf' },
  illuminance: { metric: 'lux', imperial: 'fc' },
  temperature: { metric: '°C', imperial: '°F' },
};
const SINGLE =
  /^(\d+\s+\d+\/\d+|\d+\/\d+|\d+(?:\.\d+)?|\.\d+)\s*(mm|cm|m|in|inches|inch|"|n|lbf|lb|lux|lx|fc|°?\s*[cf])?$/i;

/**
 * Reads a typed measurement into its base unit. A reading outside what the measured thing can be
 * (a 62 ft door, a negative height) is refused with the reason and the units it was likely meant
 * in: `750 in is more than a clear width can be (2500 mm at most). Did you mean 750 mm?`
 */
export function readReading(
  measurement: Measurement,
  text: string,
  system: UnitSystem,
): ReadingResult {
  const trimmed = text.trim();
  if (/^[-−–]/.test(trimmed)) {
    const message = `${measurement.label} cannot be negative; type the size without a minus sign.`;
    return { ok: false, code: 'negative', message };
  }
  const parsed = parseQuantity(measurement.kind, trimmed, system);
  if (!parsed.ok) return { ok: false, code: 'unreadable', message: parsed.message };
  const range = measurement.plausible ?? KIND_RANGES[measurement.kind];
  if (parsed.value >= range.min && parsed.value <= range.max) return parsed;
  return {
    ok: false,
    code: 'implausible',
    message: implausibleMessage(measurement, trimmed, parsed.value, range, system),
  };
}

function implausibleMessage(
  measurement: Measurement,
  text: string,
  value: number,
  range: PlausibleRange,
  system: UnitSystem,
): string {
  const show = (amount: number) => formatQuantity(measurement.kind, amount, system);
  const typed = asTyped(measurement.kind, text, system);
  const what = measurement.label.charAt(0).toLowerCase() + measurement.label.slice(1);
  const reason =
    value > range.max
      ? `${typed} is more than a ${what} can be (${show(range.max)} at most).`
      : `${typed} is less than a ${what} can be (${show(range.min)} at least).`;
  const guesses = likelyMeant(measurement, text, range);
  return guesses.length === 0
    ? `${reason} Check the reading.`
    : `${reason} Did you mean ${guesses.join(' or ')}?`;
}

/** The reading as typed, with the unit a bare number was read in: `750` → `750 in`. */
function asTyped(kind: QuantityKind, text: string, system: UnitSystem): string {
  const match = SINGLE.exec(text);
  if (match === null || match[2] !== undefined || kind === 'slope') return text;
  return `${match[1]} ${BARE_UNIT[kind][system]}`;
}

/** The same number in the other units of its kind that would make a plausible reading. */
function likelyMeant(measurement: Measurement, text: string, range: PlausibleRange): string[] {
  const match = SINGLE.exec(text);
  if (match?.[1] === undefined) return [];
  const number = match[1];
  return UNITS[measurement.kind].flatMap((unit) => {
    const candidate = `${number} ${unit}`;
    const parsed = parseQuantity(measurement.kind, candidate.replace('°', ''), 'metric');
    const fits = parsed.ok && parsed.value >= range.min && parsed.value <= range.max;
    return fits ? [candidate] : [];
  });
}
