// The caseload's follow-ups due: every baseline visit on the device without a follow-up yet, due
// on the date set at the baseline or a default interval after it, overdue first. Pure, over the
// assessments a device already holds, so it works offline.
import { isLive, type RecordView, textField } from './record-view';

/**
 * The default interval to a follow-up when the baseline sets no date: 3 months, inside the PCO
 * IG's follow-up window of "two weeks to six months" (research/market-2026.md §3.1 [V]); the
 * figure itself is ours.
 */
export const DEFAULT_FOLLOW_UP_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface FollowUpDue {
  baselineId: string;
  clientId: string | undefined;
  therapistId: string | undefined;
  therapistName: string | undefined;
  baselineDate: string;
  dueDate: string;
  /** True when the due date is the default interval, not one set at the baseline. */
  isDefaultDate: boolean;
  /** Days past the due date; negative while it is still ahead. */
  daysOverdue: number;
}

const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The follow-ups due, the most overdue first; `today` is YYYY-MM-DD. */
export function followUpsDue(
  assessments: readonly RecordView[],
  today: string,
  defaultDays: number = DEFAULT_FOLLOW_UP_DAYS,
): FollowUpDue[] {
  const live = assessments.filter(isLive);
  const followedUp = new Set(
    live
      .filter((visit) => textField(visit, 'type') === 'follow-up')
      .map((visit) => textField(visit, 'baselineId')),
  );
  const todayMs = dayOf(today);
  return live
    .flatMap((visit): FollowUpDue[] => {
      const date = textField(visit, 'date');
      if (textField(visit, 'type') === 'follow-up' || date === undefined) return [];
      if (followedUp.has(visit.id) || Number.isNaN(dayOf(date))) return [];
      const set = textField(visit, 'followUpDue');
      const dueDate = set ?? isoDay(dayOf(date) + defaultDays * DAY_MS);
      return [
        {
          baselineId: visit.id,
          clientId: textField(visit, 'clientId'),
          therapistId: textField(visit, 'therapistId'),
          therapistName: textField(visit, 'therapistName'),
          baselineDate: date,
          dueDate,
          isDefaultDate: set === undefined,
          daysOverdue: Math.round((todayMs - dayOf(dueDate)) / DAY_MS),
        },
      ];
    })
    .sort((a, b) => b.daysOverdue - a.daysOverdue);
}
