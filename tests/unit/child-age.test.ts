// A child's age band from their date of birth, counted in calendar dates.
import { describe, expect, it } from 'vitest';
import { builtinChecklists } from '../../src/domain/builtin-checklists';
import { allItems, latestChecklist } from '../../src/domain/checklist';
import { ageBandOf, ageInYears, ageVariantOf, localCalendarDate } from '../../src/domain/child-age';

describe('age from a date of birth', () => {
  it('turns a year older on the birthday, not the day after', () => {
    expect(ageInYears('2018-06-15', '2026-06-14')).toBe(7);
    expect(ageInYears('2018-06-15', '2026-06-15')).toBe(8);
  });

  it('counts a 29 February birthday from 1 March in a common year', () => {
    expect(ageInYears('2020-02-29', '2025-02-28')).toBe(4);
    expect(ageInYears('2020-02-29', '2025-03-01')).toBe(5);
  });

  it('reads no age from a malformed date or one still to come', () => {
    expect(ageInYears('15/06/2018', '2026-06-15')).toBeUndefined();
    expect(ageInYears('2027-01-01', '2026-06-15')).toBeUndefined();
  });

  it("takes today's date where the device is, late in the evening too", () => {
    // 23:30 on 14 June local time is already 15 June in UTC wherever clocks run behind UTC.
    const lateEvening = new Date(2026, 5, 14, 23, 30);
    expect(localCalendarDate(lateEvening)).toBe('2026-06-14');
    expect(ageInYears('2018-06-15', localCalendarDate(lateEvening))).toBe(7);
  });
});

describe('age band', () => {
  it.each([
    [3, 'ages-3-4'],
    [4, 'ages-3-4'],
    [5, 'ages-5-8'],
    [8, 'ages-5-8'],
    [9, 'ages-9-12'],
    [12, 'ages-9-12'],
  ])('places a child of %i in %s', (age, band) => {
    expect(ageBandOf(age)).toBe(band);
  });

  it('gives no band under 3 or over 12, where ADA gives no children’s figure', () => {
    expect(ageBandOf(2)).toBeUndefined();
    expect(ageBandOf(13)).toBeUndefined();
  });
});

describe("the children's figures a date of birth chooses", () => {
  const childHome = latestChecklist(builtinChecklists, 'child-home');
  const seat = childHome
    ? allItems(childHome)
        .flatMap((item) => item.measurements)
        .find((measurement) => measurement.id === 'child-home.bath.toilet.seat-height')
    : undefined;
  if (seat === undefined) throw new Error('No child toilet seat measurement');
  const figureFor = (variant: string | undefined) =>
    seat.thresholds.find((threshold) => threshold.variant === variant);

  it('judges a 10-year-old against 15 to 17 in, and a 6-year-old against 12 to 15 in', () => {
    const older = ageVariantOf(seat, ageBandOf(ageInYears('2016-03-01', '2026-12-02')));
    expect(older).toBe('ages-9-12');
    expect([figureFor(older)?.min?.printed, figureFor(older)?.max?.printed]).toEqual([
      '15 in',
      '17 in',
    ]);
    const younger = ageVariantOf(seat, ageBandOf(ageInYears('2020-06-01', '2026-12-02')));
    expect([figureFor(younger)?.min?.printed, figureFor(younger)?.max?.printed]).toEqual([
      '12 in',
      '15 in',
    ]);
  });

  it('chooses nothing for a measurement with no age variants', () => {
    expect(ageVariantOf({}, 'ages-5-8')).toBeUndefined();
  });
});
