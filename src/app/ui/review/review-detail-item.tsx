// One answered item as a reviewer reads it: the answer and severity, each measurement against its
// threshold in the reader's units, the notes, the photos, the recommendations and the comments.
import { useId } from 'preact/hooks';
import type { Item } from '../../../domain/checklist';
import type { RecordId } from '../../../domain/ids';
import { formatQuantity } from '../../../domain/quantities';
import type { Comment, Finding, Intervention, Photo } from '../../../domain/records';
import type { UnitSystem } from '../../../domain/units';
import { textMapOf, verdictsOf } from '../../../domain/visit-judging';
import { costWords, fieldValueWords, MEASUREMENT_RESULT_WORDS } from '../../../domain/words';
import { Thumbnail } from '../photos/photo-strip';
import { type VisitData, visitJudging } from '../visits/use-visit';
import { ReviewComments } from './review-comments';

function Measurements({
  item,
  finding,
  data,
  units,
}: {
  item: Item;
  finding: Finding;
  data: VisitData;
  units: UnitSystem;
}) {
  const verdicts = verdictsOf(item, finding, visitJudging(data, units));
  const drafts = textMapOf(finding, 'measurementDrafts');
  const refused = item.measurements.filter((measurement) => drafts[measurement.id] !== undefined);
  if (verdicts.length === 0 && refused.length === 0) return null;
  const keptReason = finding.fields.keptOkReason;
  return (
    <ul class="review-measurements">
      {verdicts.map(({ measurementId, value, evaluation }) => {
        const measurement = item.measurements.find((candidate) => candidate.id === measurementId);
        if (measurement === undefined) return null;
        return (
          <li key={measurementId}>
            {measurement.label}: {formatQuantity(measurement.kind, value, units)}{' '}
            <span class={`measurement-result result-${evaluation.status}`}>
              {MEASUREMENT_RESULT_WORDS[evaluation.status]}
            </span>
            <span class="hint"> {evaluation.sentence}</span>
            {evaluation.requirement !== undefined && (
              <span class="hint"> Standard: {evaluation.requirement}</span>
            )}
            {evaluation.status === 'fail' && typeof keptReason === 'string' && (
              <span class="hint"> Kept as OK: {keptReason}</span>
            )}
          </li>
        );
      })}
      {refused.map((measurement) => (
        <li key={measurement.id}>
          {measurement.label}: typed “{drafts[measurement.id]}”, not recorded (refused as a likely
          slip)
        </li>
      ))}
    </ul>
  );
}

function Recommendations({ interventions }: { interventions: readonly Intervention[] }) {
  if (interventions.length === 0) return null;
  return (
    <div>
      <h4>Recommendations</h4>
      <ul class="review-recommendations">
        {interventions.map((intervention) => {
          const { fields } = intervention;
          const cost = costWords(
            fields.costMin ?? undefined,
            fields.costMax ?? undefined,
            fields.currency ?? undefined,
          );
          const details = [
            fields.priority === undefined
              ? undefined
              : `${fieldValueWords('intervention', 'priority', fields.priority)} priority`,
            fields.responsible ??
              (fields.provider === undefined
                ? undefined
                : fieldValueWords('intervention', 'provider', fields.provider)),
            cost,
            fields.status === undefined
              ? undefined
              : fieldValueWords('intervention', 'status', fields.status),
          ].filter((part) => typeof part === 'string' && part.trim() !== '');
          return (
            <li key={intervention.id}>
              <strong>{fields.title ?? 'Recommendation'}</strong>
              {details.length > 0 && <span class="hint"> · {details.join(' · ')}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function ReviewDetailItem({
  data,
  item,
  finding,
  photos,
  comments,
  units,
}: {
  data: VisitData;
  item: Item;
  finding: Finding;
  photos: readonly Photo[];
  comments: readonly Comment[];
  units: UnitSystem;
}) {
  const headingId = useId();
  const answer = finding.fields.answer ?? '';
  const severity = finding.fields.severity;
  const notes = finding.fields.notes;
  const ownPhotos = photos.filter((photo) => photo.fields.ownerId === finding.id);
  return (
    <article class={`review-item review-item-${answer}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{item.prompt}</h3>
      <p class="review-answer">
        <strong>{fieldValueWords('finding', 'answer', answer)}</strong>
        {answer === 'barrier' && typeof severity === 'string' && ` · ${severity} severity`}
      </p>
      <Measurements item={item} finding={finding} data={data} units={units} />
      {typeof notes === 'string' && notes !== '' && <p class="review-notes">{notes}</p>}
      {ownPhotos.length > 0 && (
        <div class="photo-strip">
          {ownPhotos.map((photo) => (
            <Thumbnail key={photo.id} photo={photo} />
          ))}
        </div>
      )}
      <Recommendations
        interventions={data.interventions.filter(
          (intervention) =>
            intervention.fields.findingId === finding.id && intervention.fields.deleted !== true,
        )}
      />
      <ReviewComments
        target={{
          assessmentId: data.visit.id,
          entity: 'finding',
          id: finding.id as RecordId,
          label: item.prompt,
        }}
        comments={comments}
      />
    </article>
  );
}
