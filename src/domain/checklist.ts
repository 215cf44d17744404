// Checklists as data: their types, reading and checking a checklist file, and finding a version.
import { type Item, type RetiredItem, readItem, readRetiredItem } from './checklist-item';
import {
  formatValidationError,
  join,
  type ReadContext,
  readArray,
  readEnum,
  readId,
  readObject,
  readString,
  rejectUnknownKeys,
  report,
  type ValidationError,
  withItem,
} from './json-reader';

export type { Activity, Answer, Item, RetiredItem, Severity } from './checklist-item';
export { ACTIVITIES } from './checklist-item';
export type { Crosswalk } from './crosswalk';
export type { ValidationError } from './json-reader';
export type { DeviceCheck, Measurement, Threshold } from './measurement';

export type Setting = 'home' | 'workplace' | 'school';
export type AgeGroup = 'adult' | 'child';
const SETTINGS: readonly Setting[] = ['home', 'workplace', 'school'];
const AGE_GROUPS: readonly AgeGroup[] = ['adult', 'child'];

/** A part of the place (a room, a route); a therapist may add the same area more than once. */
export interface Area {
  id: string;
  name: string;
  items: Item[];
}

export interface Checklist {
  id: string;
  /** Whole number, raised whenever the content changes; an assessment keeps the one it used. */
  version: number;
  title: string;
  setting: Setting;
  ageGroup: AgeGroup;
  areas: Area[];
  /** Questions no longer asked (split into narrower ones); findings made with them still read. */
  retired?: RetiredItem[];
}

export type ChecklistResult =
  | { ok: true; checklist: Checklist }
  | { ok: false; errors: ValidationError[] };

/** What a checklist is checked against besides its own content. */
export interface ChecklistContext {
  /** Intervention ids that exist; each suggested intervention must be one of them. */
  interventionIds?: ReadonlySet<string>;
  /** Checklists already in the library; a different checklist may not reuse their item ids. */
  library?: readonly Checklist[];
}

const CHECKLIST_KEYS = ['id', 'version', 'title', 'setting', 'ageGroup', 'areas', 'retired'];
const AREA_KEYS = ['id', 'name', 'items'];

/**
 * Reads and checks a checklist file (built in, or imported by a clinic). Every problem is
 * reported with the file name, the item id and what to change; nothing is half-loaded.
 */
export function parseChecklist(
  data: unknown,
  fileName: string,
  options: ChecklistContext = {},
): ChecklistResult {
  const context: ReadContext = { file: fileName, errors: [] };
  const object = readObject(data, '', context, 'a checklist');
  if (object === undefined) return { ok: false, errors: context.errors };
  rejectUnknownKeys(object, CHECKLIST_KEYS, '', context);
  const id = readId(object, 'id', '', context);
  const version = readVersion(object.version, context);
  const title = readString(object, 'title', '', context, { maxLength: 120 });
  const setting = readEnum(object, 'setting', SETTINGS, '', context);
  const ageGroup = readEnum(object, 'ageGroup', AGE_GROUPS, '', context);
  const areas = readArray(object, 'areas', '', context, { minItems: 1 }).flatMap(
    (area, index) => readArea(area, `areas[${index}]`, context) ?? [],
  );
  const retired = readArray(object, 'retired', '', context, { optional: true }).flatMap(
    (item, index) => readRetiredItem(item, `retired[${index}]`, context) ?? [],
  );
  checkUniqueIds(areas, retired, context);
  checkReplacements(areas, retired, context);
  checkCrossReferences(id, areas, options, context);
  if (context.errors.length > 0 || !id || !version || !title || !setting || !ageGroup) {
    return { ok: false, errors: context.errors };
  }
  const checklist: Checklist = { id, version, title, setting, ageGroup, areas };
  if (retired.length > 0) checklist.retired = retired;
  return { ok: true, checklist };
}

/** A retired item names live items as its replacements. */
function checkReplacements(
  areas: readonly Area[],
  retired: readonly RetiredItem[],
  context: ReadContext,
): void {
  const live = new Set(areas.flatMap((area) => area.items.map((item) => item.id)));
  for (const [index, item] of retired.entries()) {
    for (const replacement of item.replacedBy) {
      if (live.has(replacement)) continue;
      report(
        withItem(context, item.id),
        `retired[${index}].replacedBy`,
        `"${replacement}" is not an item of this checklist.`,
      );
    }
  }
}

function readVersion(value: unknown, context: ReadContext): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
  report(context, 'version', '"version" must be a whole number of 1 or more (1, 2, 3…).');
  return undefined;
}

function readArea(value: unknown, path: string, context: ReadContext): Area | undefined {
  const object = readObject(value, path, context, 'an area');
  if (object === undefined) return undefined;
  rejectUnknownKeys(object, AREA_KEYS, path, context);
  const id = readId(object, 'id', path, context);
  const name = readString(object, 'name', path, context, { maxLength: 80 });
  const items = readArray(object, 'items', path, context, { minItems: 1 }).flatMap(
    (item, index) => readItem(item, `${join(path, 'items')}[${index}]`, context) ?? [],
  );
  return id && name ? { id, name, items } : undefined;
}

function checkUniqueIds(
  areas: readonly Area[],
  retired: readonly RetiredItem[],
  context: ReadContext,
): void {
  const seen = new Set<string>();
  const claim = (id: string, path: string, itemId?: string) => {
    if (seen.has(id))
      report(withItem(context, itemId), path, `The id "${id}" is used twice; ids must be unique.`);
    seen.add(id);
  };
  const claimItem = (item: Item, path: string) => {
    claim(item.id, `${path}.id`, item.id);
    for (const [index, measurement] of item.measurements.entries()) {
      claim(measurement.id, `${path}.measurements[${index}].id`, item.id);
    }
  };
  for (const [areaIndex, area] of areas.entries()) {
    claim(`area:${area.id}`, `areas[${areaIndex}].id`);
    for (const [itemIndex, item] of area.items.entries()) {
      claimItem(item, `areas[${areaIndex}].items[${itemIndex}]`);
    }
  }
  // A retired id is never reused, for a live item or another retired one.
  for (const [index, item] of retired.entries()) claimItem(item, `retired[${index}]`);
}

function checkCrossReferences(
  checklistId: string | undefined,
  areas: readonly Area[],
  options: ChecklistContext,
  context: ReadContext,
): void {
  const taken = itemOwners(options.library ?? [], checklistId);
  for (const [areaIndex, area] of areas.entries()) {
    for (const [itemIndex, item] of area.items.entries()) {
      const path = `areas[${areaIndex}].items[${itemIndex}]`;
      const itemContext = withItem(context, item.id);
      const owner = taken.get(item.id);
      if (owner !== undefined) {
        report(
          itemContext,
          `${path}.id`,
          `"${item.id}" already belongs to checklist "${owner}"; choose a new id.`,
        );
      }
      for (const [index, interventionId] of item.interventions.entries()) {
        if (options.interventionIds === undefined || options.interventionIds.has(interventionId))
          continue;
        report(
          itemContext,
          `${path}.interventions[${index}]`,
          `"${interventionId}" is not in the intervention catalogue.`,
        );
      }
    }
  }
}

function itemOwners(library: readonly Checklist[], exceptId: string | undefined) {
  const owners = new Map<string, string>();
  for (const checklist of library) {
    if (checklist.id === exceptId) continue;
    for (const item of allItems(checklist)) owners.set(item.id, checklist.id);
  }
  return owners;
}

/** All errors as lines of text, for logs and for a settings screen that shows plain text. */
export function formatErrors(errors: readonly ValidationError[]): string {
  return errors.map(formatValidationError).join('\n');
}

/** Every item of a checklist, area by area. */
export function allItems(checklist: Checklist): Item[] {
  return checklist.areas.flatMap((area) => area.items);
}

/** Every item asked, then the retired ones, so a lookup by id finds a finding's own question. */
export function itemsWithRetired(checklist: Checklist): Item[] {
  return [...allItems(checklist), ...(checklist.retired ?? [])];
}

/**
 * Finds an item by id in a checklist, a retired one too, so a finding made with a question that
 * has since been split still reads with its own words.
 */
export function findItem(checklist: Checklist, itemId: string): Item | undefined {
  return (
    allItems(checklist).find((item) => item.id === itemId) ??
    checklist.retired?.find((item) => item.id === itemId)
  );
}

/** The retired item of this id, with the items that replaced it; undefined for a live item. */
export function findRetiredItem(checklist: Checklist, itemId: string): RetiredItem | undefined {
  return checklist.retired?.find((item) => item.id === itemId);
}

/**
 * The exact checklist version an assessment was made with, so an old assessment always renders
 * with its own questions even after a newer version ships.
 */
export function findChecklistVersion(
  library: readonly Checklist[],
  checklistId: string,
  version: number,
): Checklist | undefined {
  return library.find((checklist) => checklist.id === checklistId && checklist.version === version);
}

/** The newest version of a checklist in the library, used for new assessments. */
export function latestChecklist(
  library: readonly Checklist[],
  checklistId: string,
): Checklist | undefined {
  let latest: Checklist | undefined;
  for (const checklist of library) {
    if (checklist.id !== checklistId) continue;
    if (latest === undefined || checklist.version > latest.version) latest = checklist;
  }
  return latest;
}
