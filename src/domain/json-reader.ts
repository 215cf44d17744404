// Small readers that check untrusted JSON field by field and collect errors a person can act on.

/** One problem found in an imported file: where it is and what to change. */
export interface ValidationError {
  /** The file name as the user chose it, e.g. `clinic-bathroom.json`. */
  file: string;
  /** The checklist item (or catalogue entry) the problem is in, when there is one. */
  itemId?: string;
  /** Where in the file, e.g. `areas[2].items[0].measurements[1].thresholds[0].source`. */
  path: string;
  message: string;
}

/** Where errors are collected while one file is read. */
export interface ReadContext {
  file: string;
  itemId?: string;
  errors: ValidationError[];
}

/** Lower-case words joined by dots or hyphens: `home.bath.grab-bar-toilet`. */
export const ID_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const URL_PATTERN = /^https?:\/\/\S+$/;

/** Records one problem. */
export function report(context: ReadContext, path: string, message: string): void {
  const error: ValidationError = { file: context.file, path, message };
  if (context.itemId !== undefined) error.itemId = context.itemId;
  context.errors.push(error);
}

/** The same context, with errors attributed to one item. */
export function withItem(context: ReadContext, itemId: string | undefined): ReadContext {
  return itemId === undefined ? context : { ...context, itemId };
}

/** Formats an error as one line: `clinic.json, item "x" (areas[0].items[1].prompt): message`. */
export function formatValidationError(error: ValidationError): string {
  const item = error.itemId === undefined ? '' : `, item "${error.itemId}"`;
  return `${error.file}${item} (${error.path || 'top level'}): ${error.message}`;
}

type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a JSON object, reporting `what` was expected when the value is something else. */
export function readObject(
  value: unknown,
  path: string,
  context: ReadContext,
  what: string,
): JsonObject | undefined {
  if (isObject(value)) return value;
  report(context, path, `Expected ${what} (a JSON object with named fields) here.`);
  return undefined;
}

/** Reports fields the format does not know, which are usually typing mistakes. */
export function rejectUnknownKeys(
  object: JsonObject,
  allowed: readonly string[],
  path: string,
  context: ReadContext,
): void {
  for (const key of Object.keys(object)) {
    if (key === '$schema' || allowed.includes(key)) continue;
    const known = allowed.join(', ');
    report(context, join(path, key), `Unknown field "${key}". Allowed fields: ${known}.`);
  }
}

interface StringRules {
  optional?: boolean;
  pattern?: RegExp;
  patternHint?: string;
  maxLength?: number;
}

/** Reads a non-empty string field. */
export function readString(
  object: JsonObject,
  key: string,
  path: string,
  context: ReadContext,
  rules: StringRules = {},
): string | undefined {
  const value = object[key];
  const at = join(path, key);
  if (value === undefined && rules.optional === true) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    report(context, at, `"${key}" must be filled in with text.`);
    return undefined;
  }
  if (rules.maxLength !== undefined && value.length > rules.maxLength) {
    report(context, at, `"${key}" is ${value.length} characters; keep it to ${rules.maxLength}.`);
    return undefined;
  }
  if (rules.pattern !== undefined && !rules.pattern.test(value)) {
    report(context, at, `"${key}" is "${value}", which ${rules.patternHint ?? 'is not valid'}.`);
    return undefined;
  }
  return value;
}

/** Reads an id: lower-case letters and digits separated by dots or hyphens. */
export function readId(
  object: JsonObject,
  key: string,
  path: string,
  context: ReadContext,
): string | undefined {
  return readString(object, key, path, context, {
    pattern: ID_PATTERN,
    patternHint: 'should use lower-case letters and digits joined by dots or hyphens',
    maxLength: 120,
  });
}

/** Reads a web address that starts with http:// or https://. */
export function readUrl(
  object: JsonObject,
  key: string,
  path: string,
  context: ReadContext,
): string | undefined {
  return readString(object, key, path, context, {
    pattern: URL_PATTERN,
    patternHint: 'should be a web address starting with https://',
  });
}

/** Reads a field whose value must be one of a fixed list. */
export function readEnum<T extends string>(
  object: JsonObject,
  key: string,
  allowed: readonly T[],
  path: string,
  context: ReadContext,
  optional = false,
): T | undefined {
  const value = object[key];
  if (value === undefined && optional) return undefined;
  const match = allowed.find((option) => option === value);
  if (match === undefined) {
    const shown = value === undefined ? 'missing' : JSON.stringify(value);
    report(context, join(path, key), `"${key}" is ${shown}; use one of: ${allowed.join(', ')}.`);
  }
  return match;
}

/** Reads a finite number no smaller than `minimum`. */
export function readNumberField(
  object: JsonObject,
  key: string,
  path: string,
  context: ReadContext,
  minimum = 0,
): number | undefined {
  const value = object[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < minimum) {
    report(context, join(path, key), `"${key}" must be a number of at least ${minimum}.`);
    return undefined;
  }
  return value;
}

/** Reads an array field; a missing optional array reads as empty. */
export function readArray(
  object: JsonObject,
  key: string,
  path: string,
  context: ReadContext,
  options: { optional?: boolean; minItems?: number } = {},
): unknown[] {
  const value = object[key];
  if (value === undefined && options.optional === true) return [];
  if (!Array.isArray(value)) {
    report(context, join(path, key), `"${key}" must be a list (a JSON array).`);
    return [];
  }
  const minItems = options.minItems ?? 0;
  if (value.length < minItems) {
    report(
      context,
      join(path, key),
      `"${key}" needs at least ${minItems} entr${plural(minItems)}.`,
    );
  }
  return value;
}

/** Reads a list of ids, reporting any entry that is not an id or is repeated. */
export function readIdList(
  object: JsonObject,
  key: string,
  path: string,
  context: ReadContext,
): string[] {
  const ids: string[] = [];
  for (const [index, value] of readArray(object, key, path, context, {
    optional: true,
  }).entries()) {
    const at = `${join(path, key)}[${index}]`;
    if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
      report(context, at, `Entry ${JSON.stringify(value)} is not a valid id.`);
    } else if (ids.includes(value)) {
      report(context, at, `"${value}" is listed twice.`);
    } else {
      ids.push(value);
    }
  }
  return ids;
}

/** Joins a path and a field name: `areas[0]` + `name` → `areas[0].name`. */
export function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function plural(count: number): string {
  return count === 1 ? 'y' : 'ies';
}
