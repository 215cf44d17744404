// The goals part of the outcome summary: each goal's ratings at both visits and their change,
// flagged when clinically important, and the rows the goal chart draws.
import type {
  FollowUpComparison,
  GoalChange,
  RatingChange,
} from '../../../../domain/follow-up-outcome';
import type { GoalChartRow } from '../../charts/goal-chart';

const VERDICT_NAMES = {
  improved: 'Clinically important improvement',
  worse: 'Clinically important decline',
} as const;

const goalName = (goal: GoalChange) =>
  goal.activity === undefined || goal.activity === '' ? 'Unnamed goal' : goal.activity;

const isImportant = (rating: RatingChange) =>
  rating.verdict === 'improved' || rating.verdict === 'worse';

/** A goal's ratings as the chart takes them. */
export function goalChartRows(goals: readonly GoalChange[]): GoalChartRow[] {
  return goals.map((goal) => ({
    goal: goalName(goal),
    performance: { ...goal.performance, isImportant: isImportant(goal.performance) },
    satisfaction: { ...goal.satisfaction, isImportant: isImportant(goal.satisfaction) },
  }));
}

const score = (value: number | undefined) =>
  value === undefined ? '–' : String(Math.round(value * 10) / 10);

function signedChange(change: number | undefined): string {
  if (change === undefined) return '–';
  const rounded = Math.round(change * 10) / 10;
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

function RatingCells({ rating }: { rating: RatingChange }) {
  return (
    <>
      <td>{score(rating.baseline)}</td>
      <td>{score(rating.followUp)}</td>
      <td>
        {signedChange(rating.change)}
        {rating.verdict === 'improved' || rating.verdict === 'worse' ? (
          <span class={`change-flag change-${rating.verdict}`}>
            {VERDICT_NAMES[rating.verdict]}
          </span>
        ) : null}
      </td>
    </>
  );
}

export function GoalsTable({ comparison }: { comparison: FollowUpComparison }) {
  const { meanPerformance, meanSatisfaction } = comparison;
  return (
    <div class="table-scroll">
      <table class="scope outcome-goals">
        <caption class="visually-hidden">
          Each goal's performance and satisfaction at baseline and follow-up, and the change
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Goal
            </th>
            <th scope="colgroup" colSpan={3}>
              Performance
            </th>
            <th scope="colgroup" colSpan={3}>
              Satisfaction
            </th>
          </tr>
          <tr>
            {['performance', 'satisfaction'].flatMap((measure) =>
              ['Baseline', 'Follow-up', 'Change'].map((column) => (
                <th key={`${measure}-${column}`} scope="col">
                  {column}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {comparison.goals.map((goal) => (
            <tr key={goal.goalId}>
              <th scope="row">{goalName(goal)}</th>
              <RatingCells rating={goal.performance} />
              <RatingCells rating={goal.satisfaction} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">
              Mean of the goals rated at both visits ({meanPerformance.goalCount} and{' '}
              {meanSatisfaction.goalCount})
            </th>
            <RatingCells rating={meanPerformance} />
            <RatingCells rating={meanSatisfaction} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
