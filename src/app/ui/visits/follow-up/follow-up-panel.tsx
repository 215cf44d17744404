// On a follow-up visit's overview: the baseline it re-checks and the way to its outcome summary.
import { AppLink } from '../../app-link';
import type { VisitData } from '../use-visit';
import { outcomePath, visitPath } from '../visit-routes';
import './follow-up.css';

export function FollowUpPanel({ data }: { data: VisitData }) {
  const { baseline } = data;
  return (
    <section class="panel" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">Follow-up</h2>
      {baseline === undefined ? (
        <p class="hint">
          The baseline visit is not on this device, so the answers cannot be compared yet.
        </p>
      ) : (
        <>
          <p>
            Re-checks the visit of {baseline.assessment.fields.date ?? 'an earlier date'}. Each item
            shows its baseline answer beside the new one.
          </p>
          <div class="actions">
            <AppLink class="button button-primary" href={outcomePath(data.visit.id)}>
              Outcome summary
            </AppLink>
            <AppLink class="button" href={visitPath(baseline.assessment.id)}>
              Open the baseline visit
            </AppLink>
          </div>
        </>
      )}
    </section>
  );
}
