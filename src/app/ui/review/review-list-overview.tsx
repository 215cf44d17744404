// Above the review table: how many assessments are in each status (each a shortcut to filter by it)
// and the barriers of the listed assessments by room and priority.
import { ASSESSMENT_STATUSES, type AssessmentStatus } from '../../../domain/review-list';
import type { RoomBarrierCounts } from '../../../domain/review-list-summary';
import { STATUS_LABELS } from './review-list-labels';

/** The rooms the overview lists; the rest are the long tail a chart would not show either. */
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

function RoomBarriers({ rooms }: { rooms: RoomBarrierCounts[] }) {
  if (rooms.length === 0) return <p class="hint">No barriers recorded in these assessments.</p>;
  return (
    <table class="review-room-table">
      <caption>Barriers by room and priority</caption>
      <thead>
        <tr>
          <th scope="col">Room</th>
          <th scope="col">High</th>
          <th scope="col">Medium</th>
          <th scope="col">Low</th>
          <th scope="col">Not rated</th>
          <th scope="col">All</th>
        </tr>
      </thead>
      <tbody>
        {rooms.slice(0, SHOWN_ROOM_COUNT).map((room) => (
          <tr key={room.room}>
            <th scope="row">{room.room}</th>
            <td>{room.high}</td>
            <td>{room.medium}</td>
            <td>{room.low}</td>
            <td>{room.unrated}</td>
            <td>{room.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
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
        <RoomBarriers rooms={props.barriersByRoom} />
      )}
    </section>
  );
}
