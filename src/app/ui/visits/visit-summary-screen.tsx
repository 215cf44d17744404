// The visit summary: barriers by priority and by room, the scope of works with its total cost,
// the goals and the barriers in their way, what is still unanswered, and links to the reports.

import { summarizeMeasurements } from '../../../domain/measurement-summary';
import { barrierChartRows } from '../../../domain/report';
import { formatCostRange, whoWords } from '../../../domain/report-wording';
import { judgingName } from '../../../domain/standards';
import { type Barrier, type CurrencyTotal, summarizeVisit } from '../../../domain/visit-summary';
import { ACTIVITY_WORDS, costWords, fieldValueWords, PRIORITY_WORDS } from '../../../domain/words';
import { AppLink } from '../app-link';
import { BarrierChart } from '../charts/barrier-chart';
import { VisitScoresPanel } from '../clinical/visit-scores-panel';
import { useUnits } from '../records';
import { reportPath } from '../review/review-routes';
import { ScreenFrame } from '../screens/screen-frame';
import { TableScroll } from '../table-scroll';
import { type VisitData, visitJudging } from './use-visit';
import { roomPath, visitPath } from './visit-routes';

const PRIORITY_NAMES = {
  high: `${PRIORITY_WORDS.high} priority`,
  medium: `${PRIORITY_WORDS.medium} priority`,
  low: `${PRIORITY_WORDS.low} priority`,
  unrated: 'Not rated',
} as const;

const totalText = (total: CurrencyTotal) => formatCostRange(total);

function BarrierLink({ data, barrier }: { data: VisitData; barrier: Barrier }) {
  const path = roomPath(data.visit.id, barrier.roomId, barrier.itemId);
  return <AppLink href={path}>{barrier.prompt}</AppLink>;
}

/** The standard that judged the visit, its verdicts counted, and failures not yet marked barriers. */
function MeasurementsPanel({ data }: { data: VisitData }) {
  const [units] = useUnits();
  if (data.checklist === undefined || units === undefined) return null;
  const judging = visitJudging(data, units);
  const tally = summarizeMeasurements(data.checklist, data.findings, judging);
  return (
    <section class="panel" aria-labelledby="measurements-heading">
      <h2 id="measurements-heading">Measurements</h2>
      <p>
        Judged by <strong>{judgingName(judging.judging)}</strong> (checklist version{' '}
        {data.checklist.version}): {tally.pass} pass, {tally.fail} fail, {tally.unknown} without a
        standard figure.
      </p>
      {tally.unresolved.length > 0 && (
        <>
          <h3>Failing, not yet marked as barriers ({tally.unresolved.length})</h3>
          <ul>
            {tally.unresolved.map((failure) => (
              <li key={`${failure.findingId}-${failure.sentence}`}>
                <AppLink href={roomPath(data.visit.id, failure.roomId, failure.itemId)}>
                  {failure.prompt}
                </AppLink>{' '}
                <span class="hint">{failure.sentence}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function VisitSummaryScreen({ data }: { data: VisitData }) {
  if (data.checklist === undefined)
    return (
      <ScreenFrame title="Summary">The checklist of this visit is not on this device.</ScreenFrame>
    );
  const summary = summarizeVisit({ ...data, checklist: data.checklist, catalogue: data.catalogue });
  return (
    <ScreenFrame title="Summary">
      <div class="actions">
        <AppLink class="button" href={visitPath(data.visit.id)}>
          Back to the visit
        </AppLink>
        <AppLink class="button" href={reportPath(data.visit.id, 'clinical')}>
          Clinical report
        </AppLink>
        <AppLink class="button" href={reportPath(data.visit.id, 'plain')}>
          Plain-language report
        </AppLink>
      </div>
      <VisitScoresPanel data={data} />
      <MeasurementsPanel data={data} />
      <section class="panel" aria-labelledby="priority-heading">
        <h2 id="priority-heading">Barriers by priority ({summary.barriers.length})</h2>
        {(['high', 'medium', 'low', 'unrated'] as const).map((priority) =>
          summary.barriersByPriority[priority].length === 0 ? null : (
            <div key={priority}>
              <h3>
                {PRIORITY_NAMES[priority]} ({summary.barriersByPriority[priority].length})
              </h3>
              <ul>
                {summary.barriersByPriority[priority].map((barrier) => (
                  <li key={barrier.findingId}>
                    <BarrierLink data={data} barrier={barrier} />{' '}
                    <span class="hint">({barrier.roomName})</span>
                  </li>
                ))}
              </ul>
            </div>
          ),
        )}
      </section>
      <section class="panel">
        <BarrierChart
          title="Barriers by room and priority"
          rows={barrierChartRows(summary.barriersByRoom)}
          headingLevel={2}
        />
      </section>
      <section class="panel" aria-labelledby="scope-heading">
        <h2 id="scope-heading">Scope of works</h2>
        <TableScroll label="Recommended interventions by priority">
          <table class="scope">
            <caption class="visually-hidden">Recommended interventions by priority</caption>
            <thead>
              <tr>
                <th scope="col">Recommendation</th>
                <th scope="col">Priority</th>
                <th scope="col">Room</th>
                <th scope="col">Who</th>
                <th scope="col">Cost</th>
                <th scope="col">Funding</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {summary.scopeOfWorks.map((line) => (
                <tr key={line.interventionId}>
                  <td>{line.title}</td>
                  <td>{line.priority === undefined ? '' : PRIORITY_WORDS[line.priority]}</td>
                  <td>{line.roomName ?? ''}</td>
                  <td>{whoWords(line.responsible, line.provider, 'clinical') ?? ''}</td>
                  <td>{costWords(line.costMin, line.costMax, line.currency) ?? ''}</td>
                  <td>{line.fundingSource ?? ''}</td>
                  <td>
                    {line.status === undefined
                      ? ''
                      : fieldValueWords('intervention', 'status', line.status)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <p class="total-cost">
          Total estimated cost:{' '}
          {summary.totalCost.length === 0
            ? 'none costed'
            : summary.totalCost.map(totalText).join(' + ')}
          {summary.uncostedCount > 0 ? ` (${summary.uncostedCount} without a cost)` : ''}
        </p>
      </section>
      <section class="panel" aria-labelledby="goals-summary-heading">
        <h2 id="goals-summary-heading">Goals</h2>
        <ul class="plain-list">
          {summary.goals.map((goal) => (
            <li key={goal.goalId} class="card">
              <strong>
                {goal.activity || (goal.activityKind ? ACTIVITY_WORDS[goal.activityKind] : 'Goal')}
              </strong>
              <span class="hint">
                {' '}
                performance {goal.scores.performanceBaseline ?? '–'}, satisfaction{' '}
                {goal.scores.satisfactionBaseline ?? '–'}
              </span>
              {goal.barriers.length > 0 && (
                <ul>
                  {goal.barriers.map((barrier) => (
                    <li key={barrier.findingId}>
                      <BarrierLink data={data} barrier={barrier} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section class="panel" aria-labelledby="unanswered-heading">
        <h2 id="unanswered-heading">Still unanswered ({summary.unansweredCount})</h2>
        <ul>
          {summary.unanswered.map((room) => (
            <li key={room.roomId}>
              {room.roomName}: {room.items.length} item{room.items.length === 1 ? '' : 's'}
            </li>
          ))}
        </ul>
      </section>
    </ScreenFrame>
  );
}
