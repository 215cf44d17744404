// What a therapist types for a measurement: read in their units, refused when no room could hold it.
import { describe, expect, it } from 'vitest';
import { builtinChecklists } from '../../src/domain/builtin-checklists';
import { allItems, latestChecklist, type Measurement } from '../../src/domain/checklist';
import { readReading } from '../../src/domain/plausible-readings';
import { parseSlope } from '../../src/domain/quantities';

function measurement(id: string): Measurement {
  const found = ['adult-home', 'workplace']
    .flatMap((checklistId) => {
      const checklist = latestChecklist(builtinChecklists, checklistId);
      return checklist === undefined ? [] : allItems(checklist);
    })
    .flatMap((item) => item.measurements)
    .find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`No measurement ${id}`);
  return found;
}

const door = measurement('home.entrance.door-width.clear-width');
const riser = measurement('home.stairs.step-size.riser');
const water = measurement('home.bath.water-temp.temperature');
const ramp = measurement('home.entrance.ramp-present.slope');

describe('reading a measurement', () => {
  it('reads a door typed in inches by an imperial user', () => {
    expect(readReading(door, '32', 'imperial')).toEqual({ ok: true, value: 812.8 });
  });

  it('refuses 750 typed on a door in imperial (62 ft 6 in) and names the slip', () => {
    const result = readReading(door, '750', 'imperial');
    expect(result).toEqual({
      ok: false,
      code: 'implausible',
      message: `750 in is more than a clear width can be (8' 2 3/8" at most). Did you mean 750 mm?`,
    });
  });

  it('refuses 32 typed on a door in metric (32 mm) and offers inches or centimetres', () => {
    const result = readReading(door, '32', 'metric');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toBe(
      '32 mm is less than a clear width can be (300 mm at least). Did you mean 32 cm or 32 in?',
    );
  });

  it('refuses a negative height with the reason', () => {
    expect(readReading(riser, '-170', 'metric')).toEqual({
      ok: false,
      code: 'negative',
      message: 'Riser height cannot be negative; type the size without a minus sign.',
    });
  });

  it('refuses 120 °C of hot water and suggests °F', () => {
    const result = readReading(water, '120', 'metric');
    expect(!result.ok && result.message).toBe(
      '120 °C is more than a hot water temperature can be (100 °C at most). Did you mean 120 °F?',
    );
  });

  it('reads a slope typed in degrees, as inclinometer apps show it', () => {
    const result = readReading(ramp, '4.8°', 'metric');
    expect(result.ok && result.value).toBeCloseTo(Math.tan((4.8 * Math.PI) / 180), 9);
    expect(parseSlope('4.8 deg').ok).toBe(true);
  });

  it('says how to type what it cannot read', () => {
    const result = readReading(ramp, 'steep', 'metric');
    expect(result).toMatchObject({ ok: false, code: 'unreadable' });
    expect(!result.ok && result.message).toContain('4.8°');
  });
});

describe('reading a measurement of a checklist version 1 visit, which gave no ranges', () => {
  it('still refuses a 62 ft door typed as 750 in', () => {
    const version1 = builtinChecklists
      .filter((checklist) => checklist.version === 1)
      .flatMap(allItems)
      .flatMap((item) => item.measurements)
      .find((candidate) => candidate.id === 'home.entrance.door-width.clear-width');
    if (version1 === undefined) throw new Error('no version 1 door');
    const result = readReading(version1, '750', 'imperial');
    expect(result).toMatchObject({ ok: false, code: 'implausible' });
    expect(!result.ok && result.message).toContain('Did you mean 750 mm or 750 cm?');
  });
});
