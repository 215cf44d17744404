// The follow-up's record of what became of each baseline recommendation, room by room.

import { findItem } from '../../../../domain/checklist';
import {
  type BaselineRecommendation,
  baselineRecommendations,
} from '../../../../domain/follow-up-plan';
import type { Finding, Intervention, Room } from '../../../../domain/records';
import type { BaselineData, VisitData } from '../use-visit';
import { OutcomeRow } from './outcome-row';

/** The follow-up's outcome record of a baseline recommendation, if one was made. */
export function outcomeRecordOf(data: VisitData, recommendationId: string) {
  return data.interventions.find(
    (intervention) => intervention.fields.baselineInterventionId === recommendationId,
  );
}

/** "Bathroom: Is there a grab bar by the shower?", or undefined when the barrier is unknown. */
function whereRecommended(
  data: VisitData,
  { finding, room }: BaselineRecommendation<Intervention, Finding, Room>,
) {
  if (finding === undefined) return undefined;
  const itemId = finding.fields.itemId ?? '';
  const prompt =
    (data.checklist === undefined ? undefined : findItem(data.checklist, itemId)?.prompt) ?? itemId;
  return room === undefined ? prompt : `${room.fields.name ?? ''}: ${prompt}`;
}

export function OutcomesPanel({ data, baseline }: { data: VisitData; baseline: BaselineData }) {
  const recommendations = baselineRecommendations(baseline);
  return (
    <section class="panel" aria-labelledby="outcomes-heading">
      <h2 id="outcomes-heading">Recommendations from the baseline</h2>
      <p class="hint">For each: was it done, and is it used? Say why when it is not.</p>
      {recommendations.length === 0 ? (
        <p class="empty-state">The baseline visit recommended nothing.</p>
      ) : (
        <ul class="plain-list" aria-label="Outcomes of the baseline recommendations">
          {recommendations.map((recommendation) => (
            <OutcomeRow
              key={recommendation.intervention.id}
              followUpId={data.visit.id}
              recommendation={recommendation.intervention}
              record={outcomeRecordOf(data, recommendation.intervention.id)}
              context={whereRecommended(data, recommendation)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
