// Verdicts per profile: for each kind of measurement, a reading inside, at each limit and outside,
// against figures typed here from the standard itself (not read back from the checklist data).
import { describe, expect, it } from 'vitest';
import { builtinChecklists } from '../../src/domain/builtin-checklists';
import { allItems, latestChecklist, type Measurement } from '../../src/domain/checklist';
import type { Judging } from '../../src/domain/standards';
import { evaluateMeasurement } from '../../src/domain/thresholds';

const inches = (value: number) => value * 25.4;
const poundsForce = (value: number) => value * 0.45359237 * 9.80665;
const fahrenheit = (value: number) => ((value - 32) * 5) / 9;
const oneIn = (run: number) => 1 / run;

const newest = ['adult-home', 'child-home', 'school', 'workplace'].flatMap(
  (id) => latestChecklist(builtinChecklists, id) ?? [],
);

function find(id: string): { measurement: Measurement; setting: 'home' | 'workplace' | 'school' } {
  for (const checklist of newest) {
    const measurement = allItems(checklist)
      .flatMap((item) => item.measurements)
      .find((candidate) => candidate.id === id);
    if (measurement !== undefined) return { measurement, setting: checklist.setting };
  }
  throw new Error(`No measurement ${id}`);
}

function judge(judging: Judging, id: string, value: number, variant?: string) {
  const { measurement, setting } = find(id);
  return evaluateMeasurement(measurement, value, {
    judging,
    setting,
    unitSystem: 'metric',
    ...(variant === undefined ? {} : { variant }),
  });
}

type Case = [label: string, value: number, status: 'pass' | 'fail'];

/** Inside, at each limit and outside a minimum, a maximum or a range. */
function minimumCases(limit: number, step: number): Case[] {
  return [
    ['inside', limit + step, 'pass'],
    ['at the minimum', limit, 'pass'],
    ['outside', limit - step, 'fail'],
  ];
}
function maximumCases(limit: number, step: number): Case[] {
  return [
    ['inside', limit - step, 'pass'],
    ['at the maximum', limit, 'pass'],
    ['outside', limit + step, 'fail'],
  ];
}
function rangeCases(low: number, high: number, step: number): Case[] {
  return [
    ['inside', (low + high) / 2, 'pass'],
    ['at the lower limit', low, 'pass'],
    ['at the upper limit', high, 'pass'],
    ['below', low - step, 'fail'],
    ['above', high + step, 'fail'],
  ];
}

interface Rule {
  judging: Judging;
  id: string;
  variant?: string;
  cites: string;
  cases: Case[];
}

const RULES: Rule[] = [
  // United States: ADA 2010 (and IRC 2021 in dwellings).
  {
    judging: 'us',
    id: 'home.entrance.door-width.clear-width',
    cites: 'ADA 2010 §404.2.3',
    cases: minimumCases(inches(32), 5),
  },
  {
    judging: 'us',
    id: 'work.desk.height.top',
    cites: 'ADA 2010 §902.3',
    cases: rangeCases(inches(28), inches(34), 5),
  },
  {
    judging: 'us',
    id: 'home.bath.grab-bar-bathing.wall-gap',
    cites: 'ADA 2010 §609.3',
    cases: [
      ['exactly', inches(1.5), 'pass'],
      ['at the reading tolerance below', inches(1.5) - inches(1 / 8), 'pass'],
      ['at the reading tolerance above', inches(1.5) + inches(1 / 8), 'pass'],
      ['a 3 in gap', inches(3), 'fail'],
      ['a 1 in gap', inches(1), 'fail'],
    ],
  },
  {
    judging: 'us',
    id: 'home.stairs.step-size.riser',
    cites: 'IRC 2021 §R311.7.5.1',
    cases: maximumCases(inches(7.75), 3),
  },
  {
    judging: 'us',
    id: 'home.garage.car-space.width',
    cites: 'ADA 2010 §502.3.1',
    cases: minimumCases(inches(60), 20),
  },
  {
    judging: 'us',
    id: 'home.bath.shower-size.width',
    variant: 'roll-in',
    cites: 'ADA 2010 §608.2.2',
    cases: minimumCases(inches(30), 10),
  },
  {
    judging: 'us',
    id: 'home.bath.shower-size.width',
    variant: 'transfer',
    cites: 'ADA 2010 §608.2.1',
    cases: minimumCases(inches(36), 10),
  },
  {
    judging: 'us',
    id: 'home.kitchen.counter-height.height',
    variant: 'seated',
    cites: 'ADA 2010 §804.3.2',
    cases: maximumCases(inches(34), 5),
  },
  {
    judging: 'us',
    id: 'home.entrance.ramp-present.slope',
    cites: 'ADA 2010 §405.2',
    cases: maximumCases(oneIn(12), 0.005),
  },
  {
    judging: 'us',
    id: 'work.restroom.doors.force',
    cites: 'ADA 2010 §404.2.9',
    cases: maximumCases(poundsForce(5), 1),
  },
  {
    judging: 'us',
    id: 'home.bath.water-temp.temperature',
    cites: 'ADA 2010 §607.6, 608.6',
    cases: maximumCases(fahrenheit(120), 1),
  },
  {
    judging: 'us',
    id: 'home.hallway.lighting.level',
    cites: 'LRC/AARP Lighting the Way',
    cases: minimumCases(300, 10),
  },
  // Australia: AS 1428.1:2021.
  {
    judging: 'au',
    id: 'home.entrance.door-width.clear-width',
    cites: 'AS 1428.1:2021',
    cases: minimumCases(850, 5),
  },
  {
    judging: 'au',
    id: 'home.living.turning.space',
    cites: 'AS 1428.1:2021',
    cases: minimumCases(1540, 20),
  },
  {
    judging: 'au',
    id: 'home.hallway.turns.turning-space',
    cites: 'AS 1428.1:2021 cl. 6.5.1',
    cases: minimumCases(1500, 20),
  },
  {
    judging: 'au',
    id: 'home.stairs.rail-grip.height',
    cites: 'AS 1428.1:2021 cl. 12',
    cases: rangeCases(865, 1000, 5),
  },
  {
    judging: 'au',
    id: 'home.bath.grab-bar-bathing.wall-gap',
    cites: 'AS 1428.1:2021',
    cases: rangeCases(50, 60, 2),
  },
  {
    judging: 'au',
    id: 'home.entrance.ramp-present.slope',
    cites: 'AS 1428.1:2021',
    cases: maximumCases(oneIn(14), 0.004),
  },
  {
    judging: 'au',
    id: 'home.living.lighting.level',
    cites: 'LRC/AARP Lighting the Way',
    cases: minimumCases(300, 10),
  },
  // United Kingdom: Approved Document M with BS 8300-2:2018.
  {
    judging: 'uk',
    id: 'work.restroom.doors.force',
    cites: 'BS 8300-2:2018',
    cases: maximumCases(30, 1),
  },
  {
    judging: 'uk',
    id: 'home.entrance.threshold.height',
    cites: 'Approved Document M 2015',
    cases: maximumCases(15, 1),
  },
  {
    judging: 'uk',
    id: 'work.reach.shared.control-height',
    cites: 'Approved Document M 2015 Vol 2 para 4.30(c)',
    cases: rangeCases(750, 1200, 10),
  },
  {
    judging: 'uk',
    id: 'home.entrance.ramp-present.slope',
    cites: 'Approved Document M 2015',
    cases: maximumCases(oneIn(12), 0.005),
  },
  // Canada: CSA B651-18 has no figures recorded yet; the guidance it names still judges light.
  { judging: 'ca', id: 'work.restroom.doors.force', cites: 'LRC', cases: [] },
  {
    judging: 'ca',
    id: 'home.dining.lighting.level',
    cites: 'LRC/AARP Lighting the Way',
    cases: minimumCases(300, 10),
  },
];

describe.each(RULES.filter((rule) => rule.cases.length > 0))(
  '$judging: $id $variant',
  ({ judging, id, variant, cites, cases }) => {
    it.each(cases)('%s (%d) reads %s, citing the standard', (_label, value, status) => {
      const result = judge(judging, id, value, variant);
      expect(result.status).toBe(status);
      expect(result.sentence).toContain(cites);
    });
  },
);

describe('where a standard is silent or has no figure', () => {
  it('says ADA 2010 sets no figure for an exterior door, and gives no verdict', () => {
    const result = judge('us', 'home.entrance.door-operation.force', poundsForce(20));
    expect(result.status).toBe('unknown');
    expect(result.sentence).toBe('Opening force 89 N: ADA 2010 §404.2.9 sets no figure for this.');
    expect(result.note).toContain('interior hinged');
  });

  it('says which standard has no figure recorded, rather than borrowing another country\u2019s', () => {
    const result = judge('ca', 'home.entrance.door-width.clear-width', 830);
    expect(result.status).toBe('unknown');
    expect(result.sentence).toBe(
      'Clear width 830 mm: no CSA B651-18 figure is recorded for this measurement yet.',
    );
  });

  it('asks which kind of shower it is before judging its width', () => {
    const result = judge('us', 'home.bath.shower-size.width', 800);
    expect(result.status).toBe('unknown');
    expect(result.sentence).toContain('choose the shower type');
    expect(result.sentence).toContain('§608.2.2');
  });

  it('gives a standing client\u2019s counter no ADA figure', () => {
    const result = judge('us', 'home.kitchen.counter-height.height', 915, 'standing');
    expect(result.status).toBe('unknown');
    expect(result.sentence).toContain('sets no figure');
  });

  it('judges a stair for a stair lift by no construction minimum', () => {
    const result = judge('us', 'home.stairs.lift-space.width', 800);
    expect(result.status).toBe('unknown');
    expect(result.sentence).toContain('IRC 2021 §R311.7.1 and ADA 2010 §105.2.2 set no figure');
  });

  it('passes on to the next standard of the profile when one is silent (AS 1428.1 on risers)', () => {
    const result = judge('au', 'home.stairs.step-size.riser', 170);
    expect(result.status).toBe('unknown');
    expect(result.sentence).toContain('AS 1428.1:2021 cl. 11 sets no figure');
  });
});
