// What changed in a measurement's figures between two versions of a checklist, as a reader sees it.
import { allItems, type Checklist, latestChecklist } from './checklist';
import type { Measurement, Threshold } from './measurement';
import { figuresAgree } from './quantities';
import type { Judging } from './standards';
import { chooseThreshold } from './threshold-choice';
import { describeRequirement } from './thresholds';
import type { UnitSystem } from './units';

/** One measurement whose figure reads differently in the newer version. */
export interface FigureChange {
  measurementId: string;
  label: string;
  /** The figure the older version judged by, or what it said instead: `127 N maximum (…)`. */
  before: string;
  after: string;
}

export interface ChangeContext {
  judging: Judging;
  units: UnitSystem;
  /** Only these measurements (those a visit took); all when left out. */
  measurementIds?: ReadonlySet<string>;
}

/**
 * The figures that read differently in `newer` than in `older` under the same judging, for the
 * measurements both versions have (ids never change between versions).
 */
export function figureChanges(
  older: Checklist,
  newer: Checklist,
  context: ChangeContext,
): FigureChange[] {
  const newerMeasurements = new Map(
    allItems(newer).flatMap((item) => item.measurements.map((m) => [m.id, m] as const)),
  );
  return allItems(older).flatMap((item) =>
    item.measurements.flatMap((measurement) => {
      if (context.measurementIds?.has(measurement.id) === false) return [];
      const counterpart = newerMeasurements.get(measurement.id);
      if (counterpart === undefined) return [];
      const before = judgedBy(measurement, older, context);
      const after = judgedBy(counterpart, newer, context);
      // A corrected citation or rounding changes no verdict; only a changed figure is listed.
      if (sameFigures(before.figures, after.figures)) return [];
      return [
        {
          measurementId: measurement.id,
          label: measurement.label,
          before: before.text,
          after: after.text,
        },
      ];
    }),
  );
}

/** The figure changes from a visit's checklist version to the newest version in the library. */
export function changesSinceVersion(
  library: readonly Checklist[],
  used: Checklist,
  context: ChangeContext,
): { newer: Checklist; changes: FigureChange[] } | undefined {
  const newest = latestChecklist(library, used.id);
  if (newest === undefined || newest.version <= used.version) return undefined;
  return { newer: newest, changes: figureChanges(used, newest, context) };
}

/** The figure judging a measurement, as text and as a key that ignores the citation's wording. */
function judgedBy(measurement: Measurement, checklist: Checklist, context: ChangeContext) {
  const choice = chooseThreshold(measurement, {
    judging: context.judging,
    setting: checklist.setting,
  });
  if (choice.kind === 'figure') {
    return {
      figures: figuresOf(choice.threshold),
      text: describeRequirement(measurement, choice.threshold, context.units),
    };
  }
  if (choice.kind === 'choose-variant') {
    return {
      figures: choice.options.flatMap((option) => figuresOf(option.threshold, option.label)),
      text: choice.options
        .map(
          (option) =>
            `${option.label}: ${describeRequirement(measurement, option.threshold, context.units)}`,
        )
        .join('; '),
    };
  }
  return {
    figures: [],
    text: choice.silent.length > 0 ? 'no figure (the standard sets none)' : 'no figure recorded',
  };
}

type TaggedFigure = [tag: string, value: number];

function figuresOf(threshold: Threshold, variant = ''): TaggedFigure[] {
  const { min, max, exactly } = threshold;
  const tagged: TaggedFigure[] = [];
  if (min !== undefined) tagged.push([`${variant}min`, min.value]);
  if (max !== undefined) tagged.push([`${variant}max`, max.value]);
  if (exactly !== undefined) {
    tagged.push(
      [`${variant}exactly`, exactly.value],
      [`${variant}tolerance`, exactly.tolerance.value],
    );
  }
  return tagged;
}

function sameFigures(left: readonly TaggedFigure[], right: readonly TaggedFigure[]): boolean {
  return (
    left.length === right.length &&
    left.every(([tag, value], index) => {
      const other = right[index];
      return other !== undefined && other[0] === tag && figuresAgree(other[1], value);
    })
  );
}
