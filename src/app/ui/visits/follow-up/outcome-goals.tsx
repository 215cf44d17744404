// The goals part of the outcome summary: each goal's ratings at both visits and their change,
// flagged at the COPM authors' 2-point convention, and the rows the goal chart draws.

import type {
  FollowUpComparison,
  GoalChange,
  RatingChange,
} from '../../../../domain/follow-up-outcome';
import type { GoalChartRow } from '../../charts/goal-chart';
import { TableScroll } from '../../table-scroll';

const VERDICT_NAMES = {
  improved: 'Up 2 or more (COPM convention)',
  worse: 'Down 2 or more (COPM convention)',
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

function signedChange(change: number): string {
  const rounded = Math.round(change * 10) / 10;
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

/** "3 → 6 (+3)", with the clinically important changes marked. */
function RatingCell({ rating }: { rating: RatingChange }) {
  return (
    <td>
      {score(rating.baseline)} → {score(rating.followUp)}
      {rating.change === undefined ? '' : ` (${signedChange(rating.change)})`}
      {rating.verdict === 'improved' || rating.verdict === 'worse' ? (
        <span class={`change-flag change-${rating.verdict}`}>{VERDICT_NAMES[rating.verdict]}</span>
      ) : null}
    </td>
  );
}

export function GoalsTable({ comparison }: { comparison: FollowUpComparison }) {
  const { meanPerformance, meanSatisfaction } = comparison;
  return (
    <TableScroll label="Goal ratings, baseline and follow-up">
      <table class="scope outcome-goals">
        <caption class="visually-hidden">
          Each goal's performance and satisfaction, baseline → follow-up (change)
        </caption>
        <thead>
          <tr>
            <th scope="col">Goal</th>
            <th scope="col">Performance</th>
            <th scope="col">Satisfaction</th>
          </tr>
        </thead>
        <tbody>
          {comparison.goals.map((goal) => (
            <tr key={goal.goalId}>
              <th scope="row">{goalName(goal)}</th>
              <RatingCell rating={goal.performance} />
              <RatingCell rating={goal.satisfaction} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Mean of the goals rated at both visits</th>
            <RatingCell rating={meanPerformance} />
            <RatingCell rating={meanSatisfaction} />
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
