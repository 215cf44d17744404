// The intervention catalogue: what a therapist can recommend for a barrier, what it costs and who does it.
import type { Item, Severity } from './checklist';
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
  type ValidationError,
  withItem,
} from './json-reader';
import {
  INTERVENTION_GROUPS,
  type InterventionGroup,
  PROFILE_IDS,
  PROVIDERS,
  type ProfileId,
  type Provider,
} from './vocabulary';

export {
  INTERVENTION_GROUPS,
  type InterventionGroup,
  PROVIDERS,
  type Provider,
} from './vocabulary';

/** An indicative cost range from a named source; never a quote. */
export interface CostRange {
  min: number;
  max: number;
  /** ISO 4217 code: `USD`, `AUD`. */
  currency: string;
  /** What the range covers: `each, installed`, `per linear foot`. */
  unit: string;
  source: string;
  note?: string;
}

export interface Intervention {
  id: string;
  group: InterventionGroup;
  title: string;
  description: string;
  providers: Provider[];
  cost?: CostRange;
  tags: string[];
  /** The title and description a region uses instead (a UK school has no "504 plan"). */
  regional?: Partial<Record<ProfileId, RegionalWording>>;
}

export interface RegionalWording {
  title: string;
  description: string;
}

export interface Catalogue {
  id: string;
  version: number;
  entries: Intervention[];
}

export type CatalogueResult =
  | { ok: true; catalogue: Catalogue }
  | { ok: false; errors: ValidationError[] };

const CATALOGUE_KEYS = ['id', 'version', 'title', 'entries'];
const ENTRY_KEYS = ['id', 'group', 'title', 'description', 'providers', 'cost', 'tags', 'regional'];
const COST_KEYS = ['min', 'max', 'currency', 'unit', 'source', 'note'];

/** Reads and checks an intervention catalogue file, reporting each problem by entry id. */
export function parseCatalogue(data: unknown, fileName: string): CatalogueResult {
  const context: ReadContext = { file: fileName, errors: [] };
  const object = readObject(data, '', context, 'an intervention catalogue');
  if (object === undefined) return { ok: false, errors: context.errors };
  rejectUnknownKeys(object, CATALOGUE_KEYS, '', context);
  const id = readId(object, 'id', '', context);
  const version = Number.isInteger(object.version) ? Number(object.version) : undefined;
  if (version === undefined || version < 1) {
    report(context, 'version', '"version" must be a whole number of 1 or more.');
  }
  readString(object, 'title', '', context, { maxLength: 120 });
  const entries: Intervention[] = [];
  for (const [index, value] of readArray(object, 'entries', '', context, {
    minItems: 1,
  }).entries()) {
    const entry = readEntry(value, `entries[${index}]`, context);
    if (entry === undefined) continue;
    if (entries.some((other) => other.id === entry.id)) {
      report(
        withItem(context, entry.id),
        `entries[${index}].id`,
        `The id "${entry.id}" is used twice.`,
      );
    }
    entries.push(entry);
  }
  if (context.errors.length > 0 || id === undefined || version === undefined) {
    return { ok: false, errors: context.errors };
  }
  return { ok: true, catalogue: { id, version, entries } };
}

function readEntry(value: unknown, path: string, outer: ReadContext): Intervention | undefined {
  const object = readObject(value, path, outer, 'an intervention');
  if (object === undefined) return undefined;
  const id = readId(object, 'id', path, outer);
  const context = withItem(outer, id);
  rejectUnknownKeys(object, ENTRY_KEYS, path, context);
  const group = readEnum(object, 'group', INTERVENTION_GROUPS, path, context);
  const title = readString(object, 'title', path, context, { maxLength: 100 });
  const description = readString(object, 'description', path, context, { maxLength: 600 });
  const providers = readProviders(object, path, context);
  const cost =
    object.cost === undefined ? undefined : readCost(object.cost, join(path, 'cost'), context);
  const tags = readArray(object, 'tags', path, context, { optional: true }).filter(
    (tag): tag is string => typeof tag === 'string',
  );
  const regional =
    object.regional === undefined
      ? undefined
      : readRegional(object.regional, join(path, 'regional'), context);
  if (!id || !group || !title || !description) return undefined;
  const entry: Intervention = { id, group, title, description, providers, tags };
  if (cost !== undefined) entry.cost = cost;
  if (regional !== undefined) entry.regional = regional;
  return entry;
}

function readRegional(value: unknown, path: string, context: ReadContext) {
  const object = readObject(value, path, context, 'regional wording ({"uk": {…}})');
  if (object === undefined) return undefined;
  rejectUnknownKeys(object, [...PROFILE_IDS], path, context);
  const regional: Partial<Record<ProfileId, RegionalWording>> = {};
  for (const profile of PROFILE_IDS) {
    if (object[profile] === undefined) continue;
    const wording = readObject(object[profile], join(path, profile), context, 'a wording');
    if (wording === undefined) continue;
    const at = join(path, profile);
    rejectUnknownKeys(wording, ['title', 'description'], at, context);
    const title = readString(wording, 'title', at, context, { maxLength: 100 });
    const description = readString(wording, 'description', at, context, { maxLength: 600 });
    if (title && description) regional[profile] = { title, description };
  }
  return regional;
}

/** The entry as a region words it; the entry itself where the region has no wording of its own. */
export function regionalEntry(entry: Intervention, profile: ProfileId | 'legacy'): Intervention {
  const wording = profile === 'legacy' ? undefined : entry.regional?.[profile];
  return wording === undefined ? entry : { ...entry, ...wording };
}

function readProviders(object: Record<string, unknown>, path: string, context: ReadContext) {
  const providers: Provider[] = [];
  for (const [index, value] of readArray(object, 'providers', path, context, {
    minItems: 1,
  }).entries()) {
    const match = PROVIDERS.find((provider) => provider === value);
    if (match === undefined) {
      report(
        context,
        `${path}.providers[${index}]`,
        `Unknown provider ${JSON.stringify(value)}; use one of: ${PROVIDERS.join(', ')}.`,
      );
    } else providers.push(match);
  }
  return providers;
}

function readCost(value: unknown, path: string, context: ReadContext): CostRange | undefined {
  const object = readObject(value, path, context, 'a cost range');
  if (object === undefined) return undefined;
  rejectUnknownKeys(object, COST_KEYS, path, context);
  const min = readNumberField(object, 'min', path, context);
  const max = readNumberField(object, 'max', path, context);
  const currency = readString(object, 'currency', path, context, {
    pattern: /^[A-Z]{3}$/,
    patternHint: 'should be a three-letter currency code such as USD or AUD',
  });
  const unit = readString(object, 'unit', path, context, { maxLength: 60 });
  const source = readUrl(object, 'source', path, context);
  const note = readString(object, 'note', path, context, { optional: true, maxLength: 300 });
  if (min === undefined || max === undefined)
    report(context, path, 'A cost needs "min" and "max".');
  else if (min > max) report(context, path, '"min" is larger than "max"; swap them.');
  if (min === undefined || max === undefined || min > max || !currency || !unit || !source)
    return undefined;
  return { min, max, currency, unit, source, ...(note ? { note } : {}) };
}

/** What the therapist found for one item, as far as suggesting interventions needs it. */
export interface FindingSummary {
  answer: 'ok' | 'barrier' | 'na';
  severity?: Severity;
}

/** Quick, low-cost groups offered first for a low-severity barrier. */
const LOW_EFFORT_FIRST: readonly InterventionGroup[] = [
  'technique',
  'education',
  'assistive-equipment',
  'home-modification',
  'referral',
];

/**
 * The catalogue entries an item usually calls for, in the item's order. Nothing is suggested
 * for an item answered OK or not applicable; for a low-severity barrier the quick, low-cost
 * options (technique, education, equipment) come before building work and referrals.
 */
export function suggestInterventions(
  item: Item,
  catalogue: Catalogue,
  finding?: FindingSummary,
): Intervention[] {
  if (finding !== undefined && finding.answer !== 'barrier') return [];
  const byId = new Map(catalogue.entries.map((entry) => [entry.id, entry]));
  const suggestions = item.interventions.flatMap((id) => byId.get(id) ?? []);
  if (finding?.severity !== 'low') return suggestions;
  const rank = (entry: Intervention) => LOW_EFFORT_FIRST.indexOf(entry.group);
  return suggestions
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry) - rank(b.entry) || a.index - b.index)
    .map(({ entry }) => entry);
}

/**
 * Finds catalogue entries whose title, description, tags or group contain every word of the
 * query (case-insensitive); title matches come first.
 */
export function searchCatalogue(query: string, catalogue: Catalogue): Intervention[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0) return [];
  const matches = catalogue.entries.filter((entry) => {
    const text = [entry.title, entry.description, entry.group, ...entry.tags]
      .join(' ')
      .toLowerCase();
    return words.every((word) => text.includes(word));
  });
  const inTitle = (entry: Intervention) =>
    words.every((word) => entry.title.toLowerCase().includes(word));
  return [...matches.filter(inTitle), ...matches.filter((entry) => !inTitle(entry))];
}

/** Finds one catalogue entry by id. */
export function findIntervention(catalogue: Catalogue, id: string): Intervention | undefined {
  return catalogue.entries.find((entry) => entry.id === id);
}
