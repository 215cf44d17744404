// The top of the review: the client and the visit's details, its status and who completed and
// signed it, the actions allowed, the links to the reports and the visit, and general comments.

import type { Assessment, Comment } from '../../../domain/records';
import { formatCalendarDate } from '../../../domain/report-wording';
import { assessmentStatus } from '../../../domain/review';
import { VISIT_STATUS_WORDS, visitKindWords } from '../../../domain/words';
import { AppLink } from '../app-link';
import type { VisitData } from '../visits/use-visit';
import { visitPath } from '../visits/visit-routes';
import { ReviewComments } from './review-comments';
import { ReviewDetailActions } from './review-detail-actions';
import { formatDay } from './review-detail-format';
import { reportPath } from './review-routes';

const text = (value: unknown, fallback = '—') =>
  typeof value === 'string' && value !== '' ? value : fallback;

/** The status in words, with who moved it there and when. */
function statusText(visit: Assessment): string {
  const status = assessmentStatus(visit);
  const { fields } = visit;
  if (status === 'signed') {
    return `Signed off by ${text(fields.signedByName, 'a reviewer')} on ${formatDay(fields.signedAt)}`;
  }
  if (status === 'complete') {
    return `Complete: marked by ${text(fields.completedByName, 'the therapist')} on ${formatDay(fields.completedAt)}`;
  }
  return VISIT_STATUS_WORDS.draft;
}

export function ReviewDetailHeader({
  data,
  comments,
}: {
  data: VisitData;
  comments: readonly Comment[];
}) {
  const { visit, client, checklist } = data;
  const people = Array.isArray(visit.fields.peoplePresent) ? visit.fields.peoplePresent : [];
  return (
    <section class="panel review-detail-header" aria-labelledby="review-visit-heading">
      <h2 id="review-visit-heading">Visit details</h2>
      <dl class="facts">
        <dt>Client</dt>
        <dd>{text(client?.fields.name, 'Unnamed client')}</dd>
        <dt>Address</dt>
        <dd>{text(visit.fields.address ?? client?.fields.address)}</dd>
        <dt>Visit</dt>
        <dd>
          {visitKindWords(visit.fields.setting, visit.fields.type)} ·{' '}
          {visit.fields.date === undefined ? 'No date' : formatCalendarDate(visit.fields.date)}
        </dd>
        <dt>Therapist</dt>
        <dd>{text(visit.fields.therapistName)}</dd>
        <dt>People present</dt>
        <dd>{people.length === 0 ? '—' : people.join(', ')}</dd>
        <dt>Consent</dt>
        <dd>{visit.fields.consentRecorded === true ? 'Recorded' : 'Not recorded'}</dd>
        <dt>Checklist</dt>
        <dd>
          {checklist === undefined
            ? 'Not on this device'
            : `${checklist.title}, version ${checklist.version}`}
        </dd>
        <dt>Status</dt>
        <dd class="review-detail-status">{statusText(visit)}</dd>
      </dl>
      <ReviewDetailActions data={data} />
      <div class="actions review-detail-links">
        <AppLink class="button" href={reportPath(visit.id)}>
          Clinical report
        </AppLink>
        <AppLink class="button" href={reportPath(visit.id, 'plain')}>
          Plain-language report
        </AppLink>
        <AppLink class="button" href={visitPath(visit.id)}>
          Open the visit
        </AppLink>
      </div>
      <ReviewComments
        target={{ assessmentId: visit.id, entity: 'assessment', id: visit.id, label: 'the visit' }}
        comments={comments}
      />
    </section>
  );
}
