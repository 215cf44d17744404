import { describe, expect, it } from 'vitest';
import { ageInYears, calendarDateAt, isCalendarDate } from '../../src/domain/calendar-date';

// 2026-03-02T22:30:00Z: 09:30 on 3 March in Sydney (UTC+11), 14:30 on 2 March in Los Angeles.
const SYDNEY_MORNING = Date.UTC(2026, 2, 2, 22, 30);
// 2026-03-03T04:30:00Z: 20:30 on 2 March in Los Angeles (UTC-8), already 3 March in UTC.
const LOS_ANGELES_EVENING = Date.UTC(2026, 2, 3, 4, 30);

describe('calendarDateAt', () => {
  it('gives the Sydney morning its own day, not the UTC day before', () => {
    expect(calendarDateAt(SYDNEY_MORNING, 'Australia/Sydney')).toBe('2026-03-03');
    expect(calendarDateAt(SYDNEY_MORNING, 'UTC')).toBe('2026-03-02');
  });

  it('gives the Los Angeles evening its own day, not the UTC day after', () => {
    expect(calendarDateAt(LOS_ANGELES_EVENING, 'America/Los_Angeles')).toBe('2026-03-02');
    expect(calendarDateAt(LOS_ANGELES_EVENING, 'UTC')).toBe('2026-03-03');
  });

  it('writes the date as YYYY-MM-DD with leading zeros', () => {
    expect(calendarDateAt(Date.UTC(2027, 0, 5, 12), 'UTC')).toBe('2027-01-05');
  });
});

describe('isCalendarDate', () => {
  it('takes real dates and refuses impossible or differently written ones', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('3/3/2026')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
  });
});

describe('ageInYears', () => {
  it('counts a birthday only once it has come', () => {
    expect(ageInYears('1948-03-04', '2026-03-03')).toBe(77);
    expect(ageInYears('1948-03-03', '2026-03-03')).toBe(78);
  });

  it('has no age for a birth after the date or a text that is no date', () => {
    expect(ageInYears('2030-01-01', '2026-03-03')).toBeUndefined();
    expect(ageInYears('unknown', '2026-03-03')).toBeUndefined();
  });
});
