// Beside an item at follow-up: how it was found at the baseline visit (answer, severity,
// measurements in the person's units, notes and photos) and the outcome of what was recommended.
import { Fragment } from 'preact';
import type { Item } from '../../../../domain/checklist';
import { baselineFindingOf } from '../../../../domain/follow-up-outcome';
import { baselineRecommendations } from '../../../../domain/follow-up-plan';
import { formatQuantity } from '../../../../domain/quantities';
import type { Finding, Room } from '../../../../domain/records';
import type { UnitSystem } from '../../../../domain/units';
import { ANSWER_WORDS } from '../../../../domain/words';
import { Thumbnail } from '../../photos/photo-strip';
import { useRecords } from '../../records';
import type { BaselineData, VisitData } from '../use-visit';
import { OutcomeRow } from './outcome-row';
import { outcomeRecordOf } from './outcomes-panel';
import './follow-up.css';

function answerText(finding: Finding): string {
  const answer =
    finding.fields.answer === undefined ? 'Not answered' : ANSWER_WORDS[finding.fields.answer];
  const severity = finding.fields.severity;
  return finding.fields.answer === 'barrier' && typeof severity === 'string'
    ? `${answer}, ${severity} severity`
    : answer;
}

function BaselineFacts({
  finding,
  item,
  units,
}: {
  finding: Finding;
  item: Item;
  units: UnitSystem | undefined;
}) {
  const measured = (finding.fields.measurements ?? {}) as Record<string, number>;
  const notes = typeof finding.fields.notes === 'string' ? finding.fields.notes : '';
  return (
    <dl class="facts">
      <dt>Answer</dt>
      <dd class={`baseline-answer-${finding.fields.answer ?? 'open'}`}>{answerText(finding)}</dd>
      {units !== undefined &&
        item.measurements.map((measurement) =>
          measured[measurement.id] === undefined ? null : (
            <Fragment key={measurement.id}>
              <dt>{measurement.label}</dt>
              <dd>{formatQuantity(measurement.kind, measured[measurement.id] as number, units)}</dd>
            </Fragment>
          ),
        )}
      {notes !== '' && (
        <>
          <dt>Notes</dt>
          <dd>{notes}</dd>
        </>
      )}
    </dl>
  );
}

interface BaselineAnswerProps {
  data: VisitData;
  baseline: BaselineData;
  room: Room;
  item: Item;
  units: UnitSystem | undefined;
}

export function BaselineAnswer({ data, baseline, room, item, units }: BaselineAnswerProps) {
  const finding = baselineFindingOf(room, item.id, baseline.findings);
  const photos = (useRecords('photo') ?? []).filter(
    (photo) => finding !== undefined && photo.fields.ownerId === finding.id,
  );
  const recommendations = baselineRecommendations(baseline).filter(
    (recommendation) => finding !== undefined && recommendation.finding?.id === finding.id,
  );
  const date = baseline.assessment.fields.date ?? '';
  return (
    <section class="baseline-answer" aria-labelledby="baseline-answer-heading">
      <h3 id="baseline-answer-heading">At the baseline visit{date === '' ? '' : ` (${date})`}</h3>
      {finding === undefined ? (
        <p class="hint">
          {typeof room.fields.baselineRoomId !== 'string'
            ? 'This room was not in the baseline visit.'
            : 'Not answered at the baseline visit.'}
        </p>
      ) : (
        <BaselineFacts finding={finding} item={item} units={units} />
      )}
      {photos.length > 0 && (
        <>
          <h4>Photos at the baseline visit</h4>
          <div class="photo-strip">
            {photos.map((photo) => (
              <Thumbnail key={photo.id} photo={photo} />
            ))}
          </div>
        </>
      )}
      {recommendations.length > 0 && (
        <>
          <h4>What became of the recommendations</h4>
          <ul class="plain-list" aria-label="Outcomes of this item's recommendations">
            {recommendations.map((recommendation) => (
              <OutcomeRow
                key={recommendation.intervention.id}
                followUpId={data.visit.id}
                recommendation={recommendation.intervention}
                record={outcomeRecordOf(data, recommendation.intervention.id)}
                context={undefined}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
