// A follow-up's outcome summary: barriers resolved, persisting and new; what became of each
// recommendation; each goal's change in performance and satisfaction, with a chart.
import {
  CHANGE_CONVENTION_NOTE,
  compareFollowUp,
  type FollowUpComparison,
  type ItemComparison,
  type RecommendationOutcome,
} from '../../../../domain/follow-up-outcome';
import { roundTScore } from '../../../../domain/gas';
import { type GasSet, gasSetOf } from '../../../../domain/gas-outcome';
import { OUTCOME_GROUP_WORDS } from '../../../../domain/words';
import { AppLink } from '../../app-link';
import { GoalChart } from '../../charts/goal-chart';
import { VisitScoresPanel } from '../../clinical/visit-scores-panel';
import { reportPath } from '../../review/review-routes';
import { ScreenFrame } from '../../screens/screen-frame';
import type { BaselineData, VisitData } from '../use-visit';
import { roomPath, visitPath } from '../visit-routes';
import { GasTable, tScoreText } from './outcome-gas';
import { GoalsTable, goalChartRows } from './outcome-goals';
import { OutcomeMeasures } from './outcome-measures';
import { visitRecordSet } from './visit-record-set';
import './follow-up.css';

/** How the barrier's severity changed, in a few words. */
function severityChange(line: ItemComparison): string {
  const before = line.baselineSeverity ?? '';
  const after = line.followUpSeverity ?? '';
  if (line.baselineAnswer === 'barrier' && line.followUpAnswer === 'barrier')
    return before === after
      ? `${after} severity`
      : `severity ${before || 'unrated'} → ${after || 'unrated'}`;
  if (line.followUpAnswer === 'barrier') return after === '' ? '' : `${after} severity`;
  return before === '' ? '' : `was ${before} severity`;
}

function ItemLines({ data, lines }: { data: VisitData; lines: readonly ItemComparison[] }) {
  if (lines.length === 0) return <p class="hint">None.</p>;
  return (
    <ul class="outcome-lines">
      {lines.map((line) => {
        const detail = [line.roomName, severityChange(line)].filter((part) => part !== '');
        return (
          <li key={`${line.baselineFindingId ?? ''}/${line.followUpFindingId ?? ''}`}>
            {line.followUpRoomId === undefined ? (
              line.prompt
            ) : (
              <AppLink href={roomPath(data.visit.id, line.followUpRoomId, line.itemId)}>
                {line.prompt}
              </AppLink>
            )}{' '}
            <span class="hint">({detail.join(', ')})</span>
          </li>
        );
      })}
    </ul>
  );
}

function BarrierSection({ data, comparison }: { data: VisitData; comparison: FollowUpComparison }) {
  const { barriers } = comparison;
  const groups = [
    ['Resolved', 'A barrier at baseline, OK or not applicable now.', barriers.resolved],
    ['Persisting', 'A barrier at both visits.', barriers.persisting],
    ['New', 'A barrier now that was not one at baseline.', barriers.new],
    ['Not yet re-checked', 'A baseline barrier not answered at this visit.', barriers.unchecked],
  ] as const;
  return (
    <section class="panel" aria-labelledby="outcome-barriers-heading">
      <h2 id="outcome-barriers-heading">Barriers</h2>
      {groups.map(([name, meaning, lines]) => (
        <div key={name} class="outcome-group">
          <h3>
            {name} ({lines.length})
          </h3>
          <p class="hint">{meaning}</p>
          <ItemLines data={data} lines={lines} />
        </div>
      ))}
    </section>
  );
}

function RecommendationLines({ lines }: { lines: readonly RecommendationOutcome[] }) {
  if (lines.length === 0) return <p class="hint">None.</p>;
  return (
    <ul class="outcome-lines">
      {lines.map((line) => (
        <li key={line.baselineInterventionId}>
          {line.title || 'Recommendation'}
          {line.roomName === undefined ? '' : <span class="hint"> ({line.roomName})</span>}
          {line.why !== undefined && line.why !== '' && <p class="outcome-why">Why: {line.why}</p>}
        </li>
      ))}
    </ul>
  );
}

function RecommendationSection({ comparison }: { comparison: FollowUpComparison }) {
  const { interventions } = comparison;
  const groups = [
    [OUTCOME_GROUP_WORDS['in-use'], interventions.inUse],
    [OUTCOME_GROUP_WORDS['not-used'], interventions.notUsed],
    [OUTCOME_GROUP_WORDS['not-done'], interventions.notDone],
    ['Not recorded yet', interventions.notRecorded],
  ] as const;
  return (
    <section class="panel" aria-labelledby="outcome-recommendations-heading">
      <h2 id="outcome-recommendations-heading">Recommendations from the baseline</h2>
      {groups.map(([name, lines]) => (
        <div key={name} class="outcome-group">
          <h3>
            {name} ({lines.length})
          </h3>
          <RecommendationLines lines={lines} />
        </div>
      ))}
    </section>
  );
}

function GoalSection({ comparison }: { comparison: FollowUpComparison }) {
  return (
    <section class="panel" aria-labelledby="outcome-goals-heading">
      <h2 id="outcome-goals-heading">Goals</h2>
      <p class="hint">
        Performance and satisfaction, 1 to 10, read baseline → follow-up (change).{' '}
        {CHANGE_CONVENTION_NOTE}
      </p>
      {comparison.goals.length === 0 ? (
        <p class="empty-state">This visit has no goals to compare.</p>
      ) : (
        <>
          <GoalsTable comparison={comparison} />
          <GoalChart
            title="Goal ratings, baseline against follow-up"
            goals={goalChartRows(comparison.goals)}
          />
        </>
      )}
    </section>
  );
}

function GasSection({ set }: { set: GasSet }) {
  return (
    <section class="panel" aria-labelledby="outcome-gas-heading">
      <h2 id="outcome-gas-heading">Goal attainment</h2>
      <p class="hint">
        Goal Attainment Scaling: 50 means every goal was met as expected, above 50 better than
        expected (Kiresuk and Sherman 1968). A goal is met at level 0 or better.
      </p>
      <p>
        GAS T-score {tScoreText(set.baselineT)} at baseline, {tScoreText(set.followUpT)} now
        {set.baselineT !== undefined && set.followUpT !== undefined
          ? ` (${signed(roundTScore(set.followUpT - set.baselineT))})`
          : ''}
        ; {set.metCount} of {set.goals.length} goals met.
      </p>
      <GasTable set={set} />
    </section>
  );
}

const signed = (value: number) => (value > 0 ? `+${value.toFixed(1)}` : value.toFixed(1));

/** The follow-up against its baseline: barriers, recommendations' outcomes, goals and their chart. */
export function OutcomeComparison({ data, baseline }: { data: VisitData; baseline: BaselineData }) {
  const comparison = compareFollowUp({
    baseline,
    followUp: visitRecordSet(data),
    ...(data.checklist === undefined ? {} : { checklist: data.checklist }),
  });
  const gas = gasSetOf(data.goals, baseline.goals);
  return (
    <>
      <p>
        This visit ({data.visit.fields.date ?? 'undated'}) against the baseline visit of{' '}
        {baseline.assessment.fields.date ?? 'an earlier date'}.
      </p>
      <OutcomeMeasures baseline={baseline} currentId={data.visit.id} />
      <BarrierSection data={data} comparison={comparison} />
      <RecommendationSection comparison={comparison} />
      <GoalSection comparison={comparison} />
      {gas.goals.length > 0 && <GasSection set={gas} />}
    </>
  );
}

export function OutcomeScreen({ data }: { data: VisitData }) {
  return (
    <ScreenFrame title="Outcome summary">
      <div class="actions">
        <AppLink class="button" href={visitPath(data.visit.id)}>
          Back to the visit
        </AppLink>
        <AppLink class="button" href={reportPath(data.visit.id)}>
          Report
        </AppLink>
      </div>
      {data.baseline === undefined ? (
        <p class="empty-state">
          {typeof data.visit.fields.baselineId === 'string'
            ? 'The baseline visit is not on this device yet; it arrives with the next sync.'
            : 'An outcome summary compares a follow-up visit with the visit it started from; this visit has none.'}
        </p>
      ) : (
        <>
          <VisitScoresPanel data={data} />
          <OutcomeComparison data={data} baseline={data.baseline} />
        </>
      )}
    </ScreenFrame>
  );
}
