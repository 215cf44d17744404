// Above the review table: how many assessments are in each status (each a shortcut to filter by it)
// and the barriers of the listed assessments by room and priority.
import { ASSESSMENT_STATUSES, type AssessmentStatus } from '../../../domain/review-list';
import type { RoomBarrierCounts } from '../../../domain/review-list-summary';
import { BarrierChart, type BarrierChartRow } from '../charts/barrier-chart';
import { STATUS_LABELS } from './review-list-labels';

/** The rooms the chart shows; the rest are a long tail of few barriers each. */
const SHOWN_ROOM_COUNT = 8;

export interface ReviewListOverviewProps {
  statusCounts: Record<AssessmentStatus, number>;
  chosenStatus: AssessmentStatus | undefined;
  onStatus: (status: AssessmentStatus | undefined) => void;
  /** Undefined while barriers are being counted. */
  barriersByRoom: RoomBarrierCounts[] | undefined;
}

function StatusShortcuts(props: Omit<ReviewListOverviewProps, 'barriersByRoom'>) {
  return (
    <fieldset class="review-statuses">
      <legend class="visually-hidden">Assessments by status</legend>
      {ASSESSMENT_STATUSES.map((status) => {
        const isChosen = props.chosenStatus === status;
        return (
          <button
            key={status}
            type="button"
            class="button review-status-shortcut"
            aria-pressed={isChosen}
            onClick={() => props.onStatus(isChosen ? undefined : status)}
          >
            <span class="review-status-count">{props.statusCounts[status]}</span>{' '}
            {STATUS_LABELS[status]}
          </button>
        );
      })}
    </fieldset>
  );
}

/** The chart's bars: the rooms with the most high-priority barriers, then the most barriers. */
function chartRows(rooms: readonly RoomBarrierCounts[]): BarrierChartRow[] {
  return rooms.slice(0, SHOWN_ROOM_COUNT).map((counts) => ({
    id: counts.room.toLowerCase(),
    label: counts.room,
    high: counts.high,
    medium: counts.medium,
    low: counts.low,
    unrated: counts.unrated,
  }));
}

export function ReviewListOverview(props: ReviewListOverviewProps) {
  return (
    <section class="review-overview" aria-label="Overview">
      <StatusShortcuts
        statusCounts={props.statusCounts}
        chosenStatus={props.chosenStatus}
        onStatus={props.onStatus}
      />
      {props.barriersByRoom === undefined ? (
        <p class="hint">Counting barriers by room…</p>
      ) : (
        <BarrierChart
          title="Barriers by room and priority"
          rows={chartRows(props.barriersByRoom)}
          headingLevel={2}
        />
      )}
    </section>
  );
}
