import { describe, expect, it } from 'vitest';
import { builtinChecklists } from '../../src/domain/builtin-checklists';
import { allItems, type Measurement } from '../../src/domain/checklist';
import type { ClientDevice } from '../../src/domain/client-device';
import { evaluateMeasurement } from '../../src/domain/thresholds';
import { inchesToMm } from '../../src/domain/units';

function measurement(id: string): Measurement {
  const found = builtinChecklists
    .flatMap(allItems)
    .flatMap((item) => item.measurements)
    .find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`No measurement ${id}`);
  return found;
}

const doorWidth = measurement('home.entrance.door-width.clear-width');
const threshold = measurement('home.entrance.threshold.height');
const rampSlope = measurement('home.entrance.ramp-present.slope');
const toiletSeat = measurement('home.bath.toilet-transfer.seat-height');
const riser = measurement('home.stairs.step-size.riser');
const wheelchair: ClientDevice = { kind: 'manual-wheelchair', widthMm: 660, seatHeightMm: 480 };

describe('worked examples from the standards', () => {
  it('fails a 28 in door against the 32 in minimum clear width', () => {
    const result = evaluateMeasurement(doorWidth, inchesToMm(28), { unitSystem: 'imperial' });
    expect(result.status).toBe('fail');
    expect(result.sentence).toBe(
      'Clear width 28" is less than the 32" minimum (ADA 2010 §404.2.3).',
    );
  });

  it('passes a door of exactly 32 in', () => {
    const result = evaluateMeasurement(doorWidth, inchesToMm(32), { unitSystem: 'imperial' });
    expect(result.status).toBe('pass');
  });

  it('fails a 3/4 in threshold against the 1/2 in maximum', () => {
    const result = evaluateMeasurement(threshold, inchesToMm(0.75), { unitSystem: 'imperial' });
    expect(result.status).toBe('fail');
    expect(result.sentence).toBe(
      'Threshold height 3/4" is more than the 1/2" maximum (ADA 2010 §404.2.5).',
    );
  });

  it('fails a 1:10 ramp against the 1:12 maximum', () => {
    const result = evaluateMeasurement(rampSlope, 0.1, { unitSystem: 'metric' });
    expect(result.status).toBe('fail');
    expect(result.sentence).toBe(
      'Ramp slope 1:10 (10%) is steeper than the 1:12 (8.3%) maximum (ADA 2010 §405.2).',
    );
  });

  it('passes a ramp measured as 100 mm of rise over 1200 mm of run (exactly 1:12)', () => {
    const result = evaluateMeasurement(
      rampSlope,
      { riseMm: 100, runMm: 1200 },
      { unitSystem: 'metric' },
    );
    expect(result.status).toBe('pass');
  });

  it('fails a 1:13 ramp under AS 1428.1, which asks for 1:14', () => {
    const result = evaluateMeasurement(rampSlope, 1 / 13, {
      unitSystem: 'metric',
      profileId: 'as-1428.1-2021',
    });
    expect(result.status).toBe('fail');
    expect(result.requirement).toContain('1:14');
  });

  it('fails a 15 in toilet seat below the 17 to 19 in range', () => {
    const result = evaluateMeasurement(toiletSeat, inchesToMm(15), { unitSystem: 'imperial' });
    expect(result.sentence).toBe(
      'Toilet seat height 15" is below the 17" to 19" range (ADA 2010 §604.4).',
    );
  });

  it('passes a 7 1/2 in riser under the IRC, which allows 7 3/4 in in homes', () => {
    const result = evaluateMeasurement(riser, inchesToMm(7.5), {
      unitSystem: 'imperial',
      profileId: 'irc-2021',
    });
    expect(result.status).toBe('pass');
    expect(result.sentence).toContain('IRC 2021 §R311.7.5.1');
  });

  it('fails the same 7 1/2 in riser under ADA 2010, which allows 7 in', () => {
    const result = evaluateMeasurement(riser, inchesToMm(7.5), { unitSystem: 'imperial' });
    expect(result.status).toBe('fail');
  });

  it('falls back from the IRC to ADA 2010 for a door, which the IRC does not cover', () => {
    const result = evaluateMeasurement(doorWidth, inchesToMm(30), {
      unitSystem: 'imperial',
      profileId: 'irc-2021',
    });
    expect(result.sentence).toContain('ADA 2010 §404.2.3');
  });

  it('says so when the chosen standard has no figure', () => {
    const result = evaluateMeasurement(riser, 180, {
      unitSystem: 'metric',
      profileId: 'as-1428.1-2021',
    });
    expect(result.status).toBe('unknown');
    expect(result.sentence).toBe(
      'Riser height 180 mm: no AS 1428.1 figure is recorded for this measurement.',
    );
  });

  it("writes the sentence in the user's units", () => {
    const result = evaluateMeasurement(doorWidth, 711, { unitSystem: 'metric' });
    expect(result.sentence).toBe(
      'Clear width 711 mm is less than the 813 mm minimum (ADA 2010 §404.2.3).',
    );
  });
});

describe("checks against the client's own device", () => {
  it('lets a 26 in (660 mm) wheelchair through a 28 in door that still fails the standard', () => {
    const result = evaluateMeasurement(doorWidth, inchesToMm(28), {
      unitSystem: 'metric',
      device: wheelchair,
    });
    const deviceCheck = result.checks.find((check) => check.against === 'device');
    expect(deviceCheck?.status).toBe('pass');
    expect(result.status).toBe('fail');
  });

  it('explains a door narrower than the wheelchair plus hand clearance', () => {
    const result = evaluateMeasurement(doorWidth, 660, {
      unitSystem: 'metric',
      device: { kind: 'manual-wheelchair', widthMm: 690 },
    });
    expect(result.checks[1]?.sentence).toBe(
      "Clear width 660 mm is less than the wheelchair's 690 mm width plus 50 mm of hand clearance.",
    );
  });

  it('flags a toilet much lower than the wheelchair seat for level transfers', () => {
    const result = evaluateMeasurement(toiletSeat, 380, {
      unitSystem: 'metric',
      device: wheelchair,
    });
    expect(result.checks[1]).toEqual({
      against: 'device',
      status: 'fail',
      sentence:
        "Toilet seat height 380 mm is 100 mm lower than the wheelchair's 480 mm seat height; level transfers need it within 50 mm.",
    });
  });

  it('asks for the device size when it has not been recorded', () => {
    const result = evaluateMeasurement(doorWidth, 900, {
      unitSystem: 'metric',
      device: { kind: 'rollator' },
    });
    expect(result.checks[1]).toMatchObject({
      status: 'unknown',
      sentence: "Record the rollator's width to check it fits.",
    });
  });

  it('does not compare a door with a cane', () => {
    const result = evaluateMeasurement(doorWidth, 900, {
      unitSystem: 'metric',
      device: { kind: 'cane' },
    });
    expect(result.checks).toHaveLength(1);
  });
});
