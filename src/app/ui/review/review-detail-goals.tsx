// The client's goals as the review reads them: the activity, its importance and the ratings.
import type { Activity } from '../../../domain/checklist';
import { ACTIVITY_WORDS } from '../../../domain/words';
import type { VisitData } from '../visits/use-visit';

const score = (value: unknown) => (typeof value === 'number' ? String(value) : '–');

export function ReviewDetailGoals({ data }: { data: VisitData }) {
  return (
    <section class="panel" id="review-goals" aria-labelledby="review-goals-heading" tabIndex={-1}>
      <h2 id="review-goals-heading">Goals</h2>
      {data.goals.length === 0 ? (
        <p class="hint">No goal was recorded.</p>
      ) : (
        <ul class="review-goals">
          {data.goals.map((goal) => {
            const { fields } = goal;
            const kind = fields.activityKind as Activity | undefined;
            const activity =
              typeof fields.activity === 'string' && fields.activity !== ''
                ? fields.activity
                : kind === undefined
                  ? 'Goal'
                  : ACTIVITY_WORDS[kind];
            const hasFollowUp =
              typeof fields.performanceFollowUp === 'number' ||
              typeof fields.satisfactionFollowUp === 'number';
            return (
              <li key={goal.id}>
                <strong>{activity}</strong>
                <span class="hint">
                  {' '}
                  importance {score(fields.importance)}, performance{' '}
                  {score(fields.performanceBaseline)}, satisfaction{' '}
                  {score(fields.satisfactionBaseline)}
                  {hasFollowUp &&
                    `; at follow-up performance ${score(fields.performanceFollowUp)}, satisfaction ${score(fields.satisfactionFollowUp)}`}
                </span>
                {typeof fields.notes === 'string' && fields.notes !== '' && (
                  <p class="review-notes">{fields.notes}</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
