// Checklist items: their types and how one item is read and checked from JSON.
import { type Crosswalk, readCrosswalk } from './crosswalk';
import {
  join,
  type ReadContext,
  readArray,
  readEnum,
  readId,
  readIdList,
  readObject,
  readString,
  rejectUnknownKeys,
  report,
  withItem,
} from './json-reader';
import { type Measurement, readMeasurement } from './measurement';
import { ACTIVITIES, type Activity, type Severity } from './vocabulary';

export { ACTIVITIES, type Activity, type Severity } from './vocabulary';

const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high'];

/** A yes/no question, or a choice between options; `barrierWhen` lists the answers that are barriers. */
export type Answer =
  | { type: 'yes-no'; barrierWhen: 'yes' | 'no' }
  | { type: 'choice'; options: { value: string; label: string }[]; barrierWhen: string[] };

export interface Item {
  /** Never changes once released; findings refer to it. */
  id: string;
  prompt: string;
  help: string;
  answer: Answer;
  /** The usual severity of this barrier, and when to raise or lower it. */
  severity: { default: Severity; guidance: string };
  measurements: Measurement[];
  /** Ids in the intervention catalogue, most usual first. */
  interventions: string[];
  activities: Activity[];
  /** A hazard for falls (what HOME FAST or the CDC fall-prevention checklist screens). */
  fallRelated: boolean;
  crosswalk: Crosswalk;
}

/** An item no longer asked, kept as released so findings made with it still read. */
export interface RetiredItem extends Item {
  /** The live items that ask what this one asked. */
  replacedBy: string[];
}

const ITEM_KEYS = [
  'id',
  'prompt',
  'help',
  'answer',
  'severity',
  'measurements',
  'interventions',
  'activities',
  'fallRelated',
  'crosswalk',
];

/** Reads one checklist item; problems are reported against its id. */
export function readItem(value: unknown, path: string, outer: ReadContext): Item | undefined {
  const object = readObject(value, path, outer, 'a checklist item');
  if (object === undefined) return undefined;
  const id = readId(object, 'id', path, outer);
  const context = withItem(outer, id);
  rejectUnknownKeys(object, ITEM_KEYS, path, context);
  const prompt = readString(object, 'prompt', path, context, { maxLength: 200 });
  const help = readString(object, 'help', path, context, { maxLength: 800 });
  const answer = readAnswer(object.answer, join(path, 'answer'), context);
  const severity = readSeverity(object.severity, join(path, 'severity'), context);
  const measurementsPath = join(path, 'measurements');
  const measurements = readArray(object, 'measurements', path, context, { optional: true }).flatMap(
    (entry, index) => readMeasurement(entry, `${measurementsPath}[${index}]`, context) ?? [],
  );
  const interventions = readIdList(object, 'interventions', path, context);
  const activities = readActivities(object, path, context);
  const crosswalk = readCrosswalk(object.crosswalk, join(path, 'crosswalk'), context);
  const fallRelated = readFallRelated(object.fallRelated, join(path, 'fallRelated'), context);
  if (!id || !prompt || !help || !answer || !severity) return undefined;
  return {
    id,
    prompt,
    help,
    answer,
    severity,
    measurements,
    interventions,
    activities,
    fallRelated,
    crosswalk,
  };
}

/** Reads a retired item: an item as it was released, plus the ids that replaced it. */
export function readRetiredItem(
  value: unknown,
  path: string,
  outer: ReadContext,
): RetiredItem | undefined {
  const object = readObject(value, path, outer, 'a retired checklist item');
  if (object === undefined) return undefined;
  const { replacedBy: _replacedBy, ...released } = object;
  const item = readItem(released, path, outer);
  const replacedBy = readIdList(object, 'replacedBy', path, withItem(outer, item?.id));
  if (replacedBy.length === 0) {
    report(withItem(outer, item?.id), join(path, 'replacedBy'), 'Name the items that replace it.');
  }
  return item && replacedBy.length > 0 ? { ...item, replacedBy } : undefined;
}

function readFallRelated(value: unknown, path: string, context: ReadContext): boolean {
  if (value === undefined || typeof value === 'boolean') return value === true;
  report(context, path, '"fallRelated" is true or false.');
  return false;
}

function readAnswer(value: unknown, path: string, context: ReadContext): Answer | undefined {
  const object = readObject(value, path, context, 'an answer type ({"type": "yes-no", …})');
  if (object === undefined) return undefined;
  const type = readEnum(object, 'type', ['yes-no', 'choice'] as const, path, context);
  if (type === 'yes-no') {
    rejectUnknownKeys(object, ['type', 'barrierWhen'], path, context);
    const barrierWhen = readEnum(object, 'barrierWhen', ['yes', 'no'] as const, path, context);
    return barrierWhen && { type, barrierWhen };
  }
  if (type !== 'choice') return undefined;
  rejectUnknownKeys(object, ['type', 'options', 'barrierWhen'], path, context);
  const options = readArray(object, 'options', path, context, { minItems: 2 }).flatMap(
    (option, index) => readOption(option, `${join(path, 'options')}[${index}]`, context) ?? [],
  );
  const barrierWhen = readIdList(object, 'barrierWhen', path, context);
  for (const value of barrierWhen) {
    if (!options.some((option) => option.value === value)) {
      report(context, join(path, 'barrierWhen'), `"${value}" is not one of the options.`);
    }
  }
  if (barrierWhen.length === 0) {
    report(context, join(path, 'barrierWhen'), 'Name at least one option that marks a barrier.');
  }
  return { type, options, barrierWhen };
}

function readOption(value: unknown, path: string, context: ReadContext) {
  const object = readObject(value, path, context, 'an option ({"value", "label"})');
  if (object === undefined) return undefined;
  rejectUnknownKeys(object, ['value', 'label'], path, context);
  const optionValue = readId(object, 'value', path, context);
  const label = readString(object, 'label', path, context, { maxLength: 80 });
  return optionValue && label ? { value: optionValue, label } : undefined;
}

function readSeverity(value: unknown, path: string, context: ReadContext) {
  const object = readObject(value, path, context, 'severity guidance ({"default", "guidance"})');
  if (object === undefined) return undefined;
  rejectUnknownKeys(object, ['default', 'guidance'], path, context);
  const level = readEnum(object, 'default', SEVERITIES, path, context);
  const guidance = readString(object, 'guidance', path, context, { maxLength: 400 });
  return level && guidance ? { default: level, guidance } : undefined;
}

function readActivities(object: Record<string, unknown>, path: string, context: ReadContext) {
  const activities: Activity[] = [];
  const list = readArray(object, 'activities', path, context, { minItems: 1 });
  for (const [index, value] of list.entries()) {
    const match = ACTIVITIES.find((activity) => activity === value);
    if (match === undefined) {
      const known = ACTIVITIES.join(', ');
      report(
        context,
        `${path}.activities[${index}]`,
        `Unknown activity ${JSON.stringify(value)}; use one of: ${known}.`,
      );
    } else if (!activities.includes(match)) activities.push(match);
  }
  return activities;
}
