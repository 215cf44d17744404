// How the review list words its values: settings, statuses, visit types and dates.
import type { AssessmentSetting, AssessmentStatus } from '../../../domain/review-list';
import { SETTING_WORDS, VISIT_STATUS_WORDS } from '../../../domain/words';

export const SETTING_LABELS: Readonly<Record<AssessmentSetting, string>> = SETTING_WORDS;

export const STATUS_LABELS: Readonly<Record<AssessmentStatus, string>> = VISIT_STATUS_WORDS;

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const timestampFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** A visit's `YYYY-MM-DD` date in the person's words, read as a calendar day (no time zone shift). */
export function formatVisitDate(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : dateFormat.format(parsed);
}

/** The day of a timestamp (ms since the epoch), in the person's time zone. */
export function formatDay(timestampMs: number): string {
  return timestampFormat.format(new Date(timestampMs));
}
