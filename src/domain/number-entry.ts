// Reading numbers as people type them: a whole number within a field's limits, a cost or a cost
// range ("150-300", "$150 to $300"), each either read or refused with a sentence saying why.
import { type EntityName, fieldSpec } from './entities';

/** What was typed, read: a value to save (`null` clears the field), or why nothing is saved. */
export type NumberEntry<T> = { ok: true; value: T } | { ok: false; message: string };

/** The limits a number field's registry entry sets; none for a field that is not a number. */
export function numberLimits(
  entity: EntityName,
  field: string,
): { min?: number; max?: number; isWhole: boolean } {
  const spec = fieldSpec(entity, field);
  if (spec === undefined || (spec.kind !== 'number' && spec.kind !== 'integer'))
    return { isWhole: false };
  return {
    ...(spec.min === undefined ? {} : { min: spec.min }),
    ...(spec.max === undefined ? {} : { max: spec.max }),
    isWhole: spec.kind === 'integer',
  };
}

function rangeWords(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `from ${min} to ${max}`;
  if (min !== undefined) return `of ${min} or more`;
  return max === undefined ? '' : `of ${max} or less`;
}

/**
 * Reads a number typed for `entity.field` within the registry's limits: `"7"` is 7, `""` clears
 * it, `"11"` for a 1 to 10 rating and `"2.5"` for a whole number are refused, saying why.
 */
export function readFieldNumber(
  entity: EntityName,
  field: string,
  text: string,
  what = 'the value',
): NumberEntry<number | null> {
  const typed = text.trim();
  if (typed === '') return { ok: true, value: null };
  const { min, max, isWhole } = numberLimits(entity, field);
  const kind = isWhole ? 'a whole number' : 'a number';
  const limits = rangeWords(min, max);
  const expected = `${what} is ${kind}${limits === '' ? '' : ` ${limits}`}`;
  if (!/^-?\d+(\.\d+)?$/.test(typed))
    return { ok: false, message: `“${typed}” is not saved: ${expected}.` };
  const value = Number(typed);
  const isInside =
    (!isWhole || Number.isInteger(value)) &&
    (min === undefined || value >= min) &&
    (max === undefined || value <= max);
  return isInside
    ? { ok: true, value }
    : { ok: false, message: `${typed} is not saved: ${expected}.` };
}

/** A cost as typed: nothing, one amount, or a range from one amount to another. */
export type TypedCost =
  | { kind: 'none' }
  | { kind: 'amount'; amount: number }
  | { kind: 'range'; min: number; max: number };

const AMOUNT = String.raw`(?:[A-Z]{3}\s*)?[$£€]?\s*(\d[\d,]*(?:\.\d{1,2})?)(?:\s*[A-Z]{3})?`;
const ONE_AMOUNT = new RegExp(`^${AMOUNT}$`, 'i');
const A_RANGE = new RegExp(`^${AMOUNT}\\s*(?:-|–|—|to)\\s*${AMOUNT}$`, 'i');

function amountOf(digits: string | undefined): number | undefined {
  if (digits === undefined) return undefined;
  const plain = digits.replaceAll(',', '');
  if (digits.includes(',') && !/^\d{1,3}(,\d{3})*(\.\d+)?$/.test(digits)) return undefined;
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Reads a cost typed in words people use: `"150"`, `"$1,200"`, `"150-300"`, `"$150 to $300"`,
 * `"150 – 300 USD"`. A range is read as from/to, never as the digits run together (150300).
 */
export function readCost(text: string): NumberEntry<TypedCost> {
  const typed = text.trim();
  if (typed === '') return { ok: true, value: { kind: 'none' } };
  const range = A_RANGE.exec(typed);
  if (range !== null) {
    const [min, max] = [amountOf(range[1]), amountOf(range[2])];
    if (min === undefined || max === undefined) return costRefusal(typed);
    if (min > max)
      return { ok: false, message: `“${typed}” is not saved: the range goes from the lower cost.` };
    return { ok: true, value: { kind: 'range', min, max } };
  }
  const one = ONE_AMOUNT.exec(typed);
  const amount = amountOf(one?.[1]);
  return amount === undefined
    ? costRefusal(typed)
    : { ok: true, value: { kind: 'amount', amount } };
}

function costRefusal(typed: string): NumberEntry<TypedCost> {
  return {
    ok: false,
    message: `“${typed}” is not saved: write an amount such as 150, or a range such as 150-300.`,
  };
}

/** The catalogue units priced by a length or an area, for which the job's cost needs the quantity. */
const MEASURED_UNIT = /^per (linear |square |sq\.? )?(foot|feet|ft|metre|meter|m|yard|yd)\b/i;

/** The quantity a per-unit price asks for (`linear feet` for "per linear foot"), if it does. */
export function measuredQuantity(unit: string): string | undefined {
  const match = MEASURED_UNIT.exec(unit.trim());
  if (match === null) return undefined;
  const kind = (match[1] ?? '')
    .trim()
    .toLowerCase()
    .replace(/^sq\.?$/, 'square');
  const base = (match[2] ?? '').toLowerCase();
  const plural = /^(foot|feet|ft)$/.test(base)
    ? 'feet'
    : /^(yard|yd)$/.test(base)
      ? 'yards'
      : 'metres';
  return kind === '' ? plural : `${kind} ${plural}`;
}

/** A job's cost from a per-unit price range and the quantity, rounded to whole units of money. */
export function jobCost(
  unitCost: { min: number; max: number },
  quantity: number,
): { min: number; max: number } {
  return { min: Math.round(unitCost.min * quantity), max: Math.round(unitCost.max * quantity) };
}
