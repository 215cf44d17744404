// The sections of a template report about what was found: functional findings room by room,
// photographs of the barriers, every measurement in the template's units, goals and scores.
import type { ReportItem, ReportMeasurement, ReportRoom } from '../../../domain/report';
import { priorityWords } from '../../../domain/report-wording';
import type { GoalSummary } from '../../../domain/visit-summary';
import { ACTIVITY_WORDS } from '../../../domain/words';
import { ReportPhotoFigure } from '../report/report-photo';

type OnPhotoSettled = (photoId: string) => void;

const barriersOf = (room: ReportRoom) => room.items.filter((item) => item.answer === 'barrier');

export function FunctionalFindings({ rooms }: { rooms: readonly ReportRoom[] }) {
  const withBarriers = rooms.filter((room) => barriersOf(room).length > 0);
  if (withBarriers.length === 0) return <p>No barriers were found.</p>;
  return (
    <>
      {withBarriers.map((room) => (
        <section key={room.roomId} class="template-room">
          <h3>{room.name}</h3>
          <ul class="plain-list">
            {barriersOf(room).map((item) => (
              <li key={item.findingId} class="template-finding">
                <strong>{item.choiceLabel ?? item.prompt}</strong>{' '}
                <span class="report-badge">
                  Severity: {priorityWords(item.severity, 'clinical')}
                </span>
                {item.notes !== undefined && item.notes !== '' && (
                  <p class="report-notes">{item.notes}</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export function BarrierPhotos({
  rooms,
  onPhotoSettled,
}: {
  rooms: readonly ReportRoom[];
  onPhotoSettled: OnPhotoSettled;
}) {
  const shown = rooms.flatMap((room) =>
    barriersOf(room).flatMap((item) =>
      item.photos.map((photo) => ({
        photo,
        subject: `${room.name}: ${item.choiceLabel ?? item.prompt}`,
      })),
    ),
  );
  if (shown.length === 0) return <p>No photographs were taken of the barriers.</p>;
  return (
    <div class="report-photos">
      {shown.map(({ photo, subject }) => (
        <ReportPhotoFigure
          key={photo.photoId}
          photo={photo}
          subject={subject}
          onSettled={onPhotoSettled}
        />
      ))}
    </div>
  );
}

/** The photos a section will show, so the screen knows when it is ready to print. */
export function barrierPhotoIds(rooms: readonly ReportRoom[]): string[] {
  return rooms.flatMap((room) =>
    barriersOf(room).flatMap((item) => item.photos.map((photo) => photo.photoId)),
  );
}

const RESULT_WORDS: Readonly<Record<ReportMeasurement['status'], string>> = {
  pass: 'Meets the standard',
  fail: 'Does not meet the standard',
  unknown: 'No figure in the standard',
};

export function Measurements({ rooms }: { rooms: readonly ReportRoom[] }) {
  const rows = rooms.flatMap((room) =>
    room.items.flatMap((item: ReportItem) =>
      item.measurements.map((measurement) => ({ room, item, measurement })),
    ),
  );
  if (rows.length === 0) return <p>No measurements were taken.</p>;
  return (
    <table class="report-table template-table">
      <thead>
        <tr>
          <th scope="col">Room</th>
          <th scope="col">Measurement</th>
          <th scope="col">Measured</th>
          <th scope="col">Standard</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ room, item, measurement }) => (
          <tr key={`${item.findingId}/${measurement.measurementId}`}>
            <td>{room.name}</td>
            <th scope="row">{measurement.label}</th>
            <td>{measurement.value}</td>
            <td>{measurement.requirement ?? '—'}</td>
            <td>{RESULT_WORDS[measurement.status]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const score = (value: number | undefined) => (value === undefined ? '—' : String(value));

export function Goals({ goals }: { goals: readonly GoalSummary[] }) {
  if (goals.length === 0) return <p>No goals were recorded.</p>;
  return (
    <table class="report-table template-table">
      <caption class="template-caption">Each rated by the client from 1 (lowest) to 10.</caption>
      <thead>
        <tr>
          <th scope="col">Goal</th>
          <th scope="col">Importance</th>
          <th scope="col">Performance</th>
          <th scope="col">Satisfaction</th>
        </tr>
      </thead>
      <tbody>
        {goals.map((goal) => (
          <tr key={goal.goalId}>
            <th scope="row">
              {goal.activity || (goal.activityKind ? ACTIVITY_WORDS[goal.activityKind] : 'Goal')}
            </th>
            <td>{score(goal.scores.importance)}</td>
            <td>{score(goal.scores.performanceBaseline)}</td>
            <td>{score(goal.scores.satisfactionBaseline)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Scores({ rooms }: { rooms: readonly ReportRoom[] }) {
  const barriers = rooms.flatMap(barriersOf);
  const count = (severity: ReportItem['severity']) =>
    barriers.filter((item) => item.severity === severity).length;
  return (
    <dl class="facts">
      <dt>Barriers found</dt>
      <dd>{barriers.length}</dd>
      <dt>High priority</dt>
      <dd>{count('high')}</dd>
      <dt>Medium priority</dt>
      <dd>{count('medium')}</dd>
      <dt>Low priority</dt>
      <dd>{count('low')}</dd>
    </dl>
  );
}
