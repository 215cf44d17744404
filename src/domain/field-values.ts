// What one field of a record may hold, by the entity registry: the single rule the device applies
// before an edit is queued, the server applies to every patch, and restoring a stored record uses.
import { isCalendarDate as isCalendarDateText } from './calendar-date';
import {
  type EntityName,
  type FieldSpec,
  type FieldValue,
  fieldSpec,
  isDeviceWritable,
} from './entities';
import { isRecordId } from './ids';

/** Why a field value is refused: a code for programs and a sentence for people. */
export interface FieldProblem {
  code:
    | 'unknown_field'
    | 'read_only_field'
    | 'wrong_type'
    | 'too_long'
    | 'out_of_range'
    | 'not_an_option';
  message: string;
}

/** Deepest nesting accepted inside a `json` field. */
const MAX_JSON_DEPTH = 20;

/** Checks one value for one field of an entity; undefined when the device may write it. */
export function checkFieldValue(
  entity: EntityName,
  field: string,
  value: unknown,
): FieldProblem | undefined {
  const spec = fieldSpec(entity, field);
  const label = `${entity}.${field}`;
  if (spec === undefined) {
    return { code: 'unknown_field', message: `A ${entity} has no field "${field}".` };
  }
  if (!isDeviceWritable(entity, field)) {
    return { code: 'read_only_field', message: `Only the server writes ${label}.` };
  }
  if (value === null) return undefined;
  return checkValue(spec, value, label);
}

function checkValue(spec: FieldSpec, value: unknown, label: string): FieldProblem | undefined {
  switch (spec.kind) {
    case 'string':
      return checkString(spec, value, label);
    case 'id':
      return isRecordId(value) ? undefined : wrongType(label, 'a lower-case UUID');
    case 'date':
      return isCalendarDate(value) ? undefined : wrongType(label, 'a date written YYYY-MM-DD');
    case 'timestamp':
      return checkNumber(value, label, { whole: true, min: 0 });
    case 'number':
      return checkNumber(value, label, { whole: false, min: spec.min, max: spec.max });
    case 'integer':
      return checkNumber(value, label, { whole: true, min: spec.min, max: spec.max });
    case 'boolean':
      return typeof value === 'boolean' ? undefined : wrongType(label, 'true or false');
    case 'enum':
      return checkOption(spec.values, value, label);
    case 'string-list':
      return checkStringList(spec, value, label);
    case 'number-map':
      return checkNumberMap(spec, value, label);
    case 'json':
      return checkJson(spec.maxJsonLength, value, label);
  }
}

function checkString(
  spec: Extract<FieldSpec, { kind: 'string' }>,
  value: unknown,
  label: string,
): FieldProblem | undefined {
  if (typeof value !== 'string') return wrongType(label, 'text');
  if (value.length > spec.maxLength) {
    const message = `${label} is ${value.length} characters long; at most ${spec.maxLength} fit.`;
    return { code: 'too_long', message };
  }
  if (spec.pattern && !spec.pattern.test(value)) {
    return wrongType(label, spec.patternHint ?? `text matching ${spec.pattern}`);
  }
  return undefined;
}

interface NumberRule {
  whole: boolean;
  min?: number | undefined;
  max?: number | undefined;
}

function checkNumber(value: unknown, label: string, rule: NumberRule): FieldProblem | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType(label, 'a number');
  if (rule.whole && !Number.isSafeInteger(value)) return wrongType(label, 'a whole number');
  const belowMin = rule.min !== undefined && value < rule.min;
  const aboveMax = rule.max !== undefined && value > rule.max;
  if (belowMin || aboveMax) {
    const range = `${rule.min ?? 'any'} to ${rule.max ?? 'any'}`;
    return { code: 'out_of_range', message: `${label} is ${value}; it must be ${range}.` };
  }
  return undefined;
}

function checkOption(options: readonly string[], value: unknown, label: string) {
  if (typeof value === 'string' && options.includes(value)) return undefined;
  const message = `${label} is ${describeValue(value)}; it must be one of ${options.join(', ')}.`;
  return { code: 'not_an_option' as const, message };
}

function checkStringList(
  spec: Extract<FieldSpec, { kind: 'string-list' }>,
  value: unknown,
  label: string,
): FieldProblem | undefined {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    return wrongType(label, 'a list of texts');
  }
  if (value.length > spec.maxItems) {
    return {
      code: 'too_long',
      message: `${label} has ${value.length} entries; at most ${spec.maxItems} fit.`,
    };
  }
  if (value.some((item: string) => item.length > spec.maxItemLength)) {
    return {
      code: 'too_long',
      message: `An entry of ${label} is longer than ${spec.maxItemLength} characters.`,
    };
  }
  return undefined;
}

function checkNumberMap(
  spec: Extract<FieldSpec, { kind: 'number-map' }>,
  value: unknown,
  label: string,
): FieldProblem | undefined {
  if (!isPlainObject(value)) return wrongType(label, 'a map of names to numbers');
  const entries = Object.entries(value);
  if (entries.length > spec.maxEntries) {
    return {
      code: 'too_long',
      message: `${label} has ${entries.length} entries; at most ${spec.maxEntries} fit.`,
    };
  }
  for (const [name, entry] of entries) {
    if (name.length > spec.maxKeyLength) {
      return {
        code: 'too_long',
        message: `The name "${name.slice(0, 40)}…" in ${label} is too long.`,
      };
    }
    if (typeof entry !== 'number' || !Number.isFinite(entry)) {
      return wrongType(`${label}.${name}`, 'a number');
    }
  }
  return undefined;
}

function checkJson(maxJsonLength: number, value: unknown, label: string): FieldProblem | undefined {
  if (!isJsonValue(value, 0)) return wrongType(label, 'plain JSON data');
  const jsonLength = JSON.stringify(value).length;
  if (jsonLength > maxJsonLength) {
    return {
      code: 'too_long',
      message: `${label} takes ${jsonLength} characters as JSON; at most ${maxJsonLength} fit.`,
    };
  }
  return undefined;
}

function isJsonValue(value: unknown, depth: number): value is FieldValue {
  if (depth > MAX_JSON_DEPTH) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => isJsonValue(item, depth + 1));
  if (isPlainObject(value))
    return Object.values(value).every((item) => isJsonValue(item, depth + 1));
  return false;
}

function isCalendarDate(value: unknown): boolean {
  return typeof value === 'string' && isCalendarDateText(value);
}

/** True when the value fits the field's spec (type, size, range); `null` is never a value here. */
export function isValidValue(spec: FieldSpec, value: unknown, label: string): boolean {
  return value !== null && value !== undefined && checkValue(spec, value, label) === undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function wrongType(label: string, expected: string): FieldProblem {
  return { code: 'wrong_type', message: `${label} must be ${expected}.` };
}

function describeValue(value: unknown): string {
  const shown = typeof value === 'string' ? `"${value}"` : String(JSON.stringify(value));
  return shown.length > 60 ? `${shown.slice(0, 60)}…` : shown;
}
