import { describe, expect, it } from 'vitest';
import { builtinChecklists } from '../../src/domain/builtin-checklists';
import { allItems, latestChecklist, type Measurement } from '../../src/domain/checklist';
import type { Figure, Threshold } from '../../src/domain/measurement';
import { STANDARDS } from '../../src/domain/standards';

// Converted here from the printed figure with the exact definitions of the units, apart from the
// app's own parser, so a slip in either the data or the parser fails the build.
const MM_PER_INCH = 25.4;
const NEWTONS_PER_POUND_FORCE = 0.45359237 * 9.80665;
const LUX_PER_FOOTCANDLE = 10.763910417;

function fromPrinted(printed: string): number {
  const ratio = /^1:(\d+(?:\.\d+)?)$/.exec(printed);
  if (ratio?.[1] !== undefined) return 1 / Number(ratio[1]);
  const feet = /^(\d+) ft (\d+) in$/.exec(printed);
  if (feet?.[1] !== undefined && feet[2] !== undefined) {
    return (Number(feet[1]) * 12 + Number(feet[2])) * MM_PER_INCH;
  }
  const match = /^(\d+(?: \d+\/\d+)?|\d+\/\d+|\d+(?:\.\d+)?) (mm|cm|m|in|lbf|N|lux|fc|°F|°C)$/.exec(
    printed,
  );
  if (match?.[1] === undefined || match[2] === undefined)
    throw new Error(`Unreadable "${printed}"`);
  const amount = match[1].split(' ').reduce((sum, part) => {
    const [top, bottom] = part.split('/');
    return sum + (bottom === undefined ? Number(top) : Number(top) / Number(bottom));
  }, 0);
  const perUnit: Record<string, (value: number) => number> = {
    mm: (value) => value,
    cm: (value) => value * 10,
    m: (value) => value * 1000,
    in: (value) => value * MM_PER_INCH,
    lbf: (value) => value * NEWTONS_PER_POUND_FORCE,
    N: (value) => value,
    lux: (value) => value,
    fc: (value) => value * LUX_PER_FOOTCANDLE,
    '°F': (value) => ((value - 32) * 5) / 9,
    '°C': (value) => value,
  };
  return (perUnit[match[2]] as (value: number) => number)(amount);
}

const current = ['adult-home', 'child-home', 'school', 'workplace'].flatMap(
  (id) => latestChecklist(builtinChecklists, id) ?? [],
);
const measurements = current.flatMap(allItems).flatMap((item) => item.measurements);
const entries = measurements.flatMap((measurement) =>
  measurement.thresholds.map((threshold) => ({ measurement, threshold })),
);
const figuresOf = (threshold: Threshold): Figure[] =>
  [threshold.min, threshold.max, threshold.exactly, threshold.exactly?.tolerance].filter(
    (figure): figure is Figure => figure !== undefined,
  );

function measurement(id: string): Measurement {
  const found = measurements.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`No measurement ${id}`);
  return found;
}

function threshold(id: string, standard: string, variant?: string): Threshold {
  const found = measurement(id).thresholds.find(
    (candidate) => candidate.standard === standard && candidate.variant === variant,
  );
  if (found === undefined) throw new Error(`No ${standard} threshold on ${id}`);
  return found;
}

describe('every figure of the current checklists', () => {
  it('stores the figure as the standard prints it beside the value the app compares', () => {
    const unprinted = entries.flatMap(({ measurement, threshold }) =>
      figuresOf(threshold)
        .filter((figure) => figure.printed === undefined)
        .map(() => `${measurement.id} ${threshold.standard}`),
    );
    expect(entries.length).toBeGreaterThan(200);
    expect(unprinted).toEqual([]);
  });

  it('converts every printed figure to its stored value (a slip such as mm-per-inch on a force fails)', () => {
    const slips = entries.flatMap(({ measurement, threshold }) =>
      figuresOf(threshold).flatMap((figure) => {
        const converted = fromPrinted(figure.printed ?? '');
        const agrees = Math.abs(converted - figure.value) <= Math.max(0.01, converted * 0.002);
        return agrees
          ? []
          : [
              `${measurement.id} ${threshold.standard}: ${figure.printed} is ${converted}, stored ${figure.value}`,
            ];
      }),
    );
    expect(slips).toEqual([]);
  });

  it('says what to confirm for every figure read in a summary, and why a standard is silent', () => {
    const unexplained = entries.flatMap(({ measurement, threshold }) => [
      ...(threshold.evidence === 'secondary' && threshold.confirm === undefined
        ? [`${measurement.id} ${threshold.standard}: no "confirm"`]
        : []),
      ...(threshold.silent === true && threshold.note === undefined
        ? [`${measurement.id} ${threshold.standard}: silent without a note`]
        : []),
    ]);
    expect(unexplained).toEqual([]);
  });

  it('marks an ADA figure verified only where it was read in the Access Board\u2019s text of the standard', () => {
    const elsewhere = entries.filter(
      ({ threshold }) =>
        threshold.standard === 'ada-2010' &&
        threshold.evidence === 'verified' &&
        !threshold.source.startsWith(STANDARDS['ada-2010'].url),
    );
    expect(elsewhere.map(({ measurement }) => measurement.id)).toEqual([]);
  });

  it('gives every measurement a plausible range, so a slip of units is refused', () => {
    expect(measurements.filter((candidate) => candidate.plausible === undefined)).toEqual([]);
  });
});

describe('the figures the clinical review found wrong, as the standards print them', () => {
  it('limits an interior door to 5 lbf (22.2 N), ADA 404.2.9', () => {
    const force = threshold('work.restroom.doors.force', 'ada-2010');
    expect(force.max?.printed).toBe('5 lbf');
    expect(force.max?.value).toBeCloseTo(5 * NEWTONS_PER_POUND_FORCE, 2);
  });

  it('finds ADA silent on an exterior entrance door', () => {
    for (const id of [
      'home.entrance.door-operation.force',
      'school.entrance.door.force',
      'work.entrance.door.force',
    ]) {
      expect(threshold(id, 'ada-2010').silent, id).toBe(true);
    }
  });

  it('sets a grab bar exactly 1 1/2 in from the wall, ADA 609.3', () => {
    const gap = threshold('home.bath.grab-bar-bathing.wall-gap', 'ada-2010');
    expect(gap.exactly?.printed).toBe('1 1/2 in');
    expect(gap.exactly?.value).toBeCloseTo(1.5 * MM_PER_INCH, 3);
    expect(gap.min).toBeUndefined();
  });

  it('gives desks and tables both ends of ADA 902.3, 28 to 34 in', () => {
    for (const id of ['work.desk.height.top', 'home.dining.table-height.top-height']) {
      const height = threshold(id, 'ada-2010');
      expect([height.min?.printed, height.max?.printed], id).toEqual(['28 in', '34 in']);
    }
  });

  it('judges a kitchen counter for a seated user only, ADA 804.3.2', () => {
    const counter = 'home.kitchen.counter-height.height';
    expect(threshold(counter, 'ada-2010', 'seated').max?.printed).toBe('34 in');
    expect(threshold(counter, 'ada-2010', 'standing').silent).toBe(true);
  });

  it('judges the room beside a car by the 60 in access aisle, ADA 502.3.1', () => {
    const aisle = threshold('home.garage.car-space.width', 'ada-2010');
    expect([aisle.section, aisle.min?.printed]).toEqual(['502.3.1', '60 in']);
  });

  it('sets no construction minimum as a stair-lift criterion', () => {
    const width = measurement('home.stairs.lift-space.width');
    expect(width.thresholds.every((candidate) => candidate.silent === true)).toBe(true);
  });

  it('judges a roll-in shower by 608.2.2 and a transfer shower by 608.2.1', () => {
    const id = 'home.bath.shower-size.width';
    expect(threshold(id, 'ada-2010', 'roll-in').min?.printed).toBe('30 in');
    expect(threshold(id, 'ada-2010', 'transfer').min?.printed).toBe('36 in');
  });

  it('asks AS 1428.1 for 1540 mm of width for a 180° turn and 1500 mm for a 90° turn', () => {
    expect(threshold('home.living.turning.space', 'as-1428.1-2021').min?.printed).toBe('1540 mm');
    expect(threshold('home.hallway.turns.turning-space', 'as-1428.1-2021').min?.printed).toBe(
      '1500 mm',
    );
  });

  it('no longer judges a home night light by a dementia-care facility guide', () => {
    expect(measurement('home.bedroom.night-route.night-light').thresholds).toEqual([]);
  });
});
