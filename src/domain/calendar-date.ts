// Calendar dates (`YYYY-MM-DD`) as a person reads them on their own wall calendar, never the UTC day.

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The calendar date at the moment `atMs` in `timeZone` (an IANA name; the device's own zone when
 * left out): at 09:30 on 3 March in Sydney this is `2026-03-03`, though the UTC date is 2 March.
 */
export function calendarDateAt(atMs: number, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).formatToParts(new Date(atMs));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** Whether `text` is a real calendar date written `YYYY-MM-DD` (so `2026-02-30` is not). */
export function isCalendarDate(text: string): boolean {
  const match = CALENDAR_DATE.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return (
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day
  );
}

/**
 * Whole years from the calendar date `birthDate` to `onDate` (both `YYYY-MM-DD`), counting a
 * birthday only once it has come; undefined when either is not a date or birth is after `onDate`.
 */
export function ageInYears(birthDate: string, onDate: string): number | undefined {
  if (!isCalendarDate(birthDate) || !isCalendarDate(onDate) || birthDate > onDate) return undefined;
  const [birthYear, birthRest] = [Number(birthDate.slice(0, 4)), birthDate.slice(5)];
  const [year, rest] = [Number(onDate.slice(0, 4)), onDate.slice(5)];
  return year - birthYear - (rest < birthRest ? 1 : 0);
}
