import { describe, expect, it } from 'vitest';
import { builtinChecklists } from '../../src/domain/builtin-checklists';
import { allItems, findChecklistVersion, type Measurement } from '../../src/domain/checklist';
import type { ClientDevice } from '../../src/domain/client-device';
import { type EvaluationOptions, evaluateMeasurement } from '../../src/domain/thresholds';
import { inchesToMm } from '../../src/domain/units';

function measurementOf(version: number) {
  return (id: string): Measurement => {
    const found = builtinChecklists
      .filter((checklist) => checklist.version === version)
      .flatMap(allItems)
      .flatMap((item) => item.measurements)
      .find((candidate) => candidate.id === id);
    if (found === undefined) throw new Error(`No measurement ${id} in version ${version}`);
    return found;
  };
}
const current = measurementOf(2);
const version1 = measurementOf(1);

const doorWidth = current('home.entrance.door-width.clear-width');
const threshold = current('home.entrance.threshold.height');
const rampSlope = current('home.entrance.ramp-present.slope');
const toiletSeat = current('home.bath.toilet-transfer.seat-height');
const riser = current('home.stairs.step-size.riser');
const wheelchair: ClientDevice = { kind: 'manual-wheelchair', widthMm: 660, seatHeightMm: 480 };
const usHome: EvaluationOptions = { judging: 'us', setting: 'home', unitSystem: 'imperial' };
const usHomeMetric: EvaluationOptions = { ...usHome, unitSystem: 'metric' };

describe('worked examples from the standards', () => {
  it('fails a 28 in door against the 32 in minimum clear width', () => {
    const result = evaluateMeasurement(doorWidth, inchesToMm(28), usHome);
    expect(result.status).toBe('fail');
    expect(result.sentence).toBe(
      'Clear width 28" is less than the 32" minimum (ADA 2010 §404.2.3).',
    );
  });

  it('passes a door of exactly 32 in', () => {
    expect(evaluateMeasurement(doorWidth, inchesToMm(32), usHome).status).toBe('pass');
  });

  it('fails a 3/4 in threshold against the 1/2 in maximum', () => {
    const result = evaluateMeasurement(threshold, inchesToMm(0.75), usHome);
    expect(result.sentence).toBe(
      'Threshold height 3/4" is more than the 1/2" maximum (ADA 2010 §404.2.5).',
    );
  });

  it('fails a 1:10 ramp against the 1:12 maximum', () => {
    const result = evaluateMeasurement(rampSlope, 0.1, usHomeMetric);
    expect(result.sentence).toBe(
      'Ramp slope 1:10 (10%) is steeper than the 1:12 (8.3%) maximum (ADA 2010 §405.2).',
    );
  });

  it('passes a ramp measured as 100 mm of rise over 1200 mm of run (exactly 1:12)', () => {
    const result = evaluateMeasurement(rampSlope, { riseMm: 100, runMm: 1200 }, usHomeMetric);
    expect(result.status).toBe('pass');
  });

  it('fails a 15 in toilet seat below the 17 to 19 in range', () => {
    const result = evaluateMeasurement(toiletSeat, inchesToMm(15), usHome);
    expect(result.sentence).toBe(
      'Toilet seat height 15" is below the 17" to 19" range (ADA 2010 §604.4).',
    );
  });

  it('judges a home riser by the IRC first, which allows 7 3/4 in', () => {
    const result = evaluateMeasurement(riser, inchesToMm(7.5), usHome);
    expect(result.status).toBe('pass');
    expect(result.sentence).toContain('IRC 2021 §R311.7.5.1');
    expect(result.requirement).toContain('from a secondary summary');
  });

  it('judges the same riser at school by ADA 2010 alone, which allows 7 in', () => {
    const school = current('school.stairs.use.riser');
    const result = evaluateMeasurement(school, inchesToMm(7.5), { ...usHome, setting: 'school' });
    expect(result.status).toBe('fail');
    expect(result.sentence).toContain('ADA 2010 §504.2');
  });

  it('falls through to ADA 2010 at home for a door, which the IRC does not judge', () => {
    const result = evaluateMeasurement(doorWidth, inchesToMm(30), usHome);
    expect(result.sentence).toContain('ADA 2010 §404.2.3');
  });

  it('writes the sentence in the user\u2019s units and shows the standard\u2019s own figure', () => {
    const result = evaluateMeasurement(doorWidth, 711, usHomeMetric);
    expect(result.sentence).toBe(
      'Clear width 711 mm is less than the 813 mm minimum (ADA 2010 §404.2.3).',
    );
    expect(result.requirement).toBe('813 mm minimum (ADA 2010 §404.2.3: 32 in)');
  });
});

describe('visits judged before a standard could be chosen', () => {
  it('keep the version 1 figures they were judged by, ADA 2010 alone', () => {
    const force = version1('home.entrance.door-operation.force');
    const result = evaluateMeasurement(force, 100, { ...usHomeMetric, judging: 'legacy' });
    expect(result.status).toBe('pass');
    expect(result.sentence).toBe(
      'Opening force 100 N is within the 127 N maximum (ADA 2010 §404.2.9).',
    );
  });

  it('read version 1\u2019s general guidance as they did', () => {
    const light = version1('home.hallway.lighting.level');
    const result = evaluateMeasurement(light, 250, { ...usHomeMetric, judging: 'legacy' });
    expect(result.status).toBe('fail');
    expect(result.sentence).toContain('LRC and AARP');
  });

  it('never consult the IRC or AS 1428.1 figures version 1 held', () => {
    const result = evaluateMeasurement(version1('home.stairs.step-size.riser'), inchesToMm(7.5), {
      ...usHome,
      judging: 'legacy',
    });
    expect(result.status).toBe('fail');
    expect(result.sentence).toContain('ADA 2010 §504.2');
  });
});

describe("checks against the client's own device", () => {
  it('lets a 26 in (660 mm) wheelchair through a 28 in door that still fails the standard', () => {
    const result = evaluateMeasurement(doorWidth, inchesToMm(28), {
      ...usHomeMetric,
      device: wheelchair,
    });
    const deviceCheck = result.checks.find((check) => check.against === 'device');
    expect(deviceCheck?.status).toBe('pass');
    expect(result.status).toBe('fail');
  });

  it('explains a door narrower than the wheelchair plus hand clearance', () => {
    const result = evaluateMeasurement(doorWidth, 660, {
      ...usHomeMetric,
      device: { kind: 'manual-wheelchair', widthMm: 690 },
    });
    expect(result.checks[1]?.sentence).toBe(
      "Clear width 660 mm is less than the wheelchair's 690 mm width plus 50 mm of hand clearance.",
    );
  });

  it('flags a toilet much lower than the wheelchair seat for level transfers', () => {
    const result = evaluateMeasurement(toiletSeat, 380, { ...usHomeMetric, device: wheelchair });
    expect(result.checks[1]).toEqual({
      against: 'device',
      status: 'fail',
      sentence:
        "Toilet seat height 380 mm is 100 mm lower than the wheelchair's 480 mm seat height; level transfers need it within 50 mm.",
    });
  });

  it('asks for the device size when it has not been recorded', () => {
    const result = evaluateMeasurement(doorWidth, 900, {
      ...usHomeMetric,
      device: { kind: 'rollator' },
    });
    expect(result.checks[1]).toMatchObject({
      status: 'unknown',
      sentence: "Record the rollator's width to check it fits.",
    });
  });

  it('does not compare a door with a cane', () => {
    const result = evaluateMeasurement(doorWidth, 900, {
      ...usHomeMetric,
      device: { kind: 'cane' },
    });
    expect(result.checks).toHaveLength(1);
  });
});

describe('version lookups the verdicts rely on', () => {
  it('finds both versions of a checklist, so old visits read with their own figures', () => {
    expect(findChecklistVersion(builtinChecklists, 'adult-home', 1)?.version).toBe(1);
    expect(findChecklistVersion(builtinChecklists, 'adult-home', 2)?.version).toBe(2);
  });
});
