// The findings room by room: each item's answer, priority, measurements against the standard,
// notes and photos; the family's variant shows only the barriers, in plain words.

import { type Pronouns, plainFinding } from '../../../domain/plain-statements';
import type { ReportItem, ReportMeasurement, ShownRoom } from '../../../domain/report';
import { priorityWords, type ReportVariant } from '../../../domain/report-wording';
import { ANSWER_WORDS, MEASUREMENT_RESULT_WORDS } from '../../../domain/words';
import { ReportPhotoFigure } from './report-photo';

interface FindingsProps {
  rooms: readonly ShownRoom[];
  variant: ReportVariant;
  firstName: string | undefined;
  pronouns: Pronouns;
  onPhotoSettled: (photoId: string) => void;
}

function MeasurementTable({ measurements }: { measurements: readonly ReportMeasurement[] }) {
  return (
    <table class="report-table report-measurements">
      <caption class="visually-hidden">Measurements</caption>
      <thead>
        <tr>
          <th scope="col">Measurement</th>
          <th scope="col">Measured</th>
          <th scope="col">Standard</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {measurements.map((measurement) => (
          <tr key={measurement.measurementId}>
            <th scope="row">{measurement.label}</th>
            <td>{measurement.value}</td>
            <td>{measurement.requirement ?? '—'}</td>
            <td>
              <strong class={`report-result report-result-${measurement.status}`}>
                {MEASUREMENT_RESULT_WORDS[measurement.status]}
              </strong>
              <span class="report-result-sentence">{measurement.sentence}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ClinicalItem({
  item,
  onPhotoSettled,
}: {
  item: ReportItem;
  onPhotoSettled: FindingsProps['onPhotoSettled'];
}) {
  return (
    <li class={`report-item report-item-${item.answer}`}>
      <h4 class="report-item-prompt">{item.prompt}</h4>
      <p class="report-item-facts">
        <span class="report-answer">
          {ANSWER_WORDS[item.answer]}
          {item.choiceLabel === undefined ? '' : `: ${item.choiceLabel}`}
        </span>
        {item.answer === 'barrier' && (
          <span class="report-badge">Severity: {priorityWords(item.severity, 'clinical')}</span>
        )}
      </p>
      {item.measurements.length > 0 && <MeasurementTable measurements={item.measurements} />}
      {item.keptOkReason !== undefined && (
        <p class="report-notes">Kept as OK although a measurement fails: {item.keptOkReason}</p>
      )}
      {item.notes !== undefined && item.notes !== '' && (
        <p class="report-notes">Notes: {item.notes}</p>
      )}
      <Photos item={item} subject={item.prompt} onPhotoSettled={onPhotoSettled} />
    </li>
  );
}

function PlainItem({
  item,
  firstName,
  pronouns,
  onPhotoSettled,
}: {
  item: ReportItem;
  firstName: string | undefined;
  pronouns: Pronouns;
  onPhotoSettled: FindingsProps['onPhotoSettled'];
}) {
  const question = plainFinding(item, { firstName, pronouns });
  return (
    <li class="report-item report-item-barrier">
      <h4 class="report-item-prompt">{question}</h4>
      <p class="report-item-facts">
        <span class="report-badge">{priorityWords(item.severity, 'plain')}</span>
      </p>
      {item.measurements.map((measurement) => (
        <p key={measurement.measurementId}>{measurement.plainSentence}</p>
      ))}
      {item.notes !== undefined && item.notes !== '' && (
        <p class="report-notes">What we noticed: {item.notes}</p>
      )}
      <Photos item={item} subject={question} onPhotoSettled={onPhotoSettled} />
    </li>
  );
}

function Photos({
  item,
  subject,
  onPhotoSettled,
}: {
  item: Pick<ReportItem, 'photos'>;
  subject: string;
  onPhotoSettled: FindingsProps['onPhotoSettled'];
}) {
  if (item.photos.length === 0) return null;
  return (
    <div class="report-photos">
      {item.photos.map((photo) => (
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

function RoomSection({
  shown,
  variant,
  firstName,
  pronouns,
  onPhotoSettled,
}: FindingsProps & { shown: ShownRoom }) {
  const { room, items, fineCount } = shown;
  const isPlain = variant === 'plain';
  return (
    <section class="report-room" aria-label={room.name}>
      <h3>
        {room.name}
        {room.level === undefined || room.level === '' ? '' : ` (${room.level})`}
      </h3>
      {room.isSkipped && <p class="hint">Not assessed at this visit.</p>}
      {room.notes !== undefined && room.notes !== '' && <p class="report-notes">{room.notes}</p>}
      <Photos item={room} subject={room.name} onPhotoSettled={onPhotoSettled} />
      <ul class="report-items">
        {items.map((item) =>
          isPlain ? (
            <PlainItem
              key={item.findingId}
              item={item}
              firstName={firstName}
              pronouns={pronouns}
              onPhotoSettled={onPhotoSettled}
            />
          ) : (
            <ClinicalItem key={item.findingId} item={item} onPhotoSettled={onPhotoSettled} />
          ),
        )}
      </ul>
      {isPlain && fineCount > 0 && (
        <p class="hint">
          {fineCount} other thing{fineCount === 1 ? '' : 's'} we checked here{' '}
          {fineCount === 1 ? 'was' : 'were'} fine.
        </p>
      )}
      {!isPlain && items.length === 0 && !room.isSkipped && (
        <p class="hint">No items answered in this room.</p>
      )}
    </section>
  );
}

/** Every room the variant shows, in visit order. */
export function ReportFindings(props: FindingsProps) {
  const isPlain = props.variant === 'plain';
  return (
    <section class="report-section" aria-labelledby="report-findings-heading">
      <h2 id="report-findings-heading">
        {isPlain ? 'What we found, room by room' : 'Findings by room'}
      </h2>
      {props.rooms.length === 0 && (
        <p>{isPlain ? 'We found nothing that needs changing.' : 'No findings recorded.'}</p>
      )}
      {props.rooms.map((shown) => (
        <RoomSection key={shown.room.roomId} shown={shown} {...props} />
      ))}
    </section>
  );
}
