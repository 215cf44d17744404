// The measurements added for a child's balusters and window stops and a workplace knee space,
// judged inside, at the limit and outside, against figures typed here from the standards.
import { describe, expect, it } from 'vitest';
import { builtinChecklists } from '../../src/domain/builtin-checklists';
import { allItems, latestChecklist, type Measurement } from '../../src/domain/checklist';
import { evaluateMeasurement } from '../../src/domain/thresholds';

const inches = (value: number) => value * 25.4;

function measurement(checklistId: string, id: string): Measurement {
  const checklist = latestChecklist(builtinChecklists, checklistId);
  const found = checklist
    ? allItems(checklist)
        .flatMap((item) => item.measurements)
        .find((candidate) => candidate.id === id)
    : undefined;
  if (found === undefined) throw new Error(`No measurement ${id}`);
  return found;
}

describe('a child at home (IRC 2021, 4 in sphere)', () => {
  it.each([
    ['child-home.stairs.balusters.gap', 3.5, 'pass'],
    ['child-home.stairs.balusters.gap', 4, 'pass'],
    ['child-home.stairs.balusters.gap', 4.5, 'fail'],
    ['child-home.sleep.windows.opening', 4, 'pass'],
    ['child-home.sleep.windows.opening', 6, 'fail'],
  ] as const)('%s of %f in: %s', (id, value, status) => {
    const result = evaluateMeasurement(measurement('child-home', id), inches(value), {
      judging: 'us',
      setting: 'home',
      unitSystem: 'imperial',
    });
    expect(result.status).toBe(status);
  });
});

describe('a workplace knee space (ADA 2010 306.3.5, 30 in wide)', () => {
  const width = measurement('workplace', 'work.desk.knee-space.width');
  const judge = (mm: number, device?: { kind: 'manual-wheelchair'; widthMm: number }) =>
    evaluateMeasurement(width, mm, {
      judging: 'us',
      setting: 'workplace',
      unitSystem: 'metric',
      ...(device === undefined ? {} : { device }),
    });

  it('passes at 30 in and fails just under it', () => {
    expect(judge(inches(30)).status).toBe('pass');
    expect(judge(inches(29.5)).status).toBe('fail');
  });

  it('fails a drawer unit leaving 700 mm for a 660 mm wheelchair', () => {
    expect(judge(700, { kind: 'manual-wheelchair', widthMm: 660 }).status).toBe('fail');
  });
});

describe('school and workplace routes and desks (ADA 2010)', () => {
  it.each([
    ['school', 'school.route.kerbs.ramp-slope', 1 / 12, 'pass'],
    ['school', 'school.route.kerbs.ramp-slope', 1 / 10, 'fail'],
    ['school', 'school.class.desk-height.top', inches(26), 'pass'],
    ['school', 'school.class.desk-height.top', inches(30), 'pass'],
    ['school', 'school.class.desk-height.top', inches(31), 'fail'],
    ['school', 'school.class.desk-height.top', inches(24), 'fail'],
    ['workplace', 'work.entrance.step-free.total-rise', inches(30), 'pass'],
    ['workplace', 'work.entrance.step-free.total-rise', inches(32), 'fail'],
  ] as const)('%s %s at %f: %s', (checklistId, id, value, status) => {
    const result = evaluateMeasurement(measurement(checklistId, id), value, {
      judging: 'us',
      setting: checklistId,
      unitSystem: 'metric',
    });
    expect(result.status).toBe(status);
  });
});
