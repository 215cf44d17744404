// A child's age from their date of birth, in calendar dates (never a UTC instant), and the age
// band of the ADA 2010 advisory children's figures (308.1 reach, 604.9 toilets) it falls in.

/** The bands of ADA 2010 advisory 308.1 and 604.9, as the checklist's age variants name them. */
export const AGE_BANDS = [
  { id: 'ages-3-4', fromYears: 3, toYears: 4 },
  { id: 'ages-5-8', fromYears: 5, toYears: 8 },
  { id: 'ages-9-12', fromYears: 9, toYears: 12 },
] as const;

export type AgeBand = (typeof AGE_BANDS)[number]['id'];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [number, number, number] | undefined {
  const match = DATE.exec(date);
  if (match === null) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Today's date where the device is (`YYYY-MM-DD` in local time), not the UTC date. */
export function localCalendarDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Whole years between a date of birth and a day, both `YYYY-MM-DD`; a child born on 29 February
 * turns a year older on 1 March in a common year. Undefined for a malformed date or one to come.
 */
export function ageInYears(dateOfBirth: string, onDay: string): number | undefined {
  const born = parts(dateOfBirth);
  const day = parts(onDay);
  if (born === undefined || day === undefined) return undefined;
  const [bornYear, bornMonth, bornDate] = born;
  const [year, month, date] = day;
  const hadBirthday = month > bornMonth || (month === bornMonth && date >= bornDate);
  const age = year - bornYear - (hadBirthday ? 0 : 1);
  return age < 0 ? undefined : age;
}

/** The age band a child of this age falls in; undefined under 3 or over 12 (no ADA figure). */
export function ageBandOf(ageYears: number | undefined): AgeBand | undefined {
  if (ageYears === undefined) return undefined;
  return AGE_BANDS.find((band) => ageYears >= band.fromYears && ageYears <= band.toYears)?.id;
}

/** The age variant of a measurement the child's band chooses, when the measurement has one. */
export function ageVariantOf(
  measurement: { variants?: { options: readonly { id: string }[] } },
  band: AgeBand | undefined,
): string | undefined {
  if (band === undefined) return undefined;
  return measurement.variants?.options.some((option) => option.id === band) ? band : undefined;
}
