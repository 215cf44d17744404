// A chart of each goal's performance and satisfaction (1-10) at baseline against follow-up: one
// line per rating from a hollow baseline dot to a filled follow-up dot, with the same figures in a
// table for screen readers. Takes plain data, so the outcome screen and a printed report can both
// draw it.
import './goal-chart.css';

/** One rating of a goal at both visits; undefined where not rated. */
export interface RatingPair {
  baseline: number | undefined;
  followUp: number | undefined;
  /** True when the change is clinically important (the caller decides the threshold). */
  isImportant: boolean;
}

export interface GoalChartRow {
  goal: string;
  performance: RatingPair;
  satisfaction: RatingPair;
}

interface GoalChartProps {
  title: string;
  goals: readonly GoalChartRow[];
}

const SCORE_MIN = 1;
const SCORE_MAX = 10;
const WIDTH = 720;
const PLOT_LEFT = 130;
const PLOT_RIGHT = 500;
const VALUE_X = 520;
const LEGEND_HEIGHT = 36;
const GOAL_HEADING_HEIGHT = 26;
const ROW_HEIGHT = 30;
const AXIS_HEIGHT = 34;
const DOT_RADIUS = 7;
const GOAL_LABEL_MAX_CHARACTERS = 80;
const MEASURES = [
  ['performance', 'Performance'],
  ['satisfaction', 'Satisfaction'],
] as const;
const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, index) => SCORE_MIN + index);

const xOf = (score: number) =>
  PLOT_LEFT + ((score - SCORE_MIN) / (SCORE_MAX - SCORE_MIN)) * (PLOT_RIGHT - PLOT_LEFT);
const goalHeight = GOAL_HEADING_HEIGHT + MEASURES.length * ROW_HEIGHT;

const rated = (score: number | undefined) => (score === undefined ? 'not rated' : String(score));

/** "3 → 6 (+3)", "5 → not rated"; marked when the change is clinically important. */
export function ratingPairText(pair: RatingPair): string {
  const text = `${rated(pair.baseline)} → ${rated(pair.followUp)}`;
  if (pair.baseline === undefined || pair.followUp === undefined) return text;
  const change = pair.followUp - pair.baseline;
  const signed = change > 0 ? `+${change}` : change === 0 ? 'no change' : String(change);
  return `${text} (${signed}${pair.isImportant ? ', important' : ''})`;
}

/** The chart in one sentence per goal, for its accessible name. */
function summaryOf(title: string, goals: readonly GoalChartRow[]): string {
  const lines = goals.map(
    (row) =>
      `${row.goal}: performance ${ratingPairText(row.performance)}, satisfaction ${ratingPairText(row.satisfaction)}.`,
  );
  return `${title}, baseline against follow-up on a scale of 1 to 10. ${lines.join(' ')}`;
}

const shortened = (text: string) =>
  text.length > GOAL_LABEL_MAX_CHARACTERS
    ? `${text.slice(0, GOAL_LABEL_MAX_CHARACTERS - 1)}…`
    : text;

function Dumbbell({ pair, y }: { pair: RatingPair; y: number }) {
  const { baseline, followUp } = pair;
  return (
    <g class={pair.isImportant ? 'goal-chart-important' : undefined}>
      {baseline !== undefined && followUp !== undefined && (
        <line class="goal-chart-change" x1={xOf(baseline)} x2={xOf(followUp)} y1={y} y2={y} />
      )}
      {baseline !== undefined && (
        <circle class="goal-chart-baseline" cx={xOf(baseline)} cy={y} r={DOT_RADIUS} />
      )}
      {followUp !== undefined && (
        <circle class="goal-chart-follow-up" cx={xOf(followUp)} cy={y} r={DOT_RADIUS - 1} />
      )}
      <text class="goal-chart-value" x={VALUE_X} y={y} dominant-baseline="middle">
        {ratingPairText(pair)}
      </text>
    </g>
  );
}

function GoalRows({ row, top }: { row: GoalChartRow; top: number }) {
  return (
    <g>
      <text class="goal-chart-goal" x={0} y={top + GOAL_HEADING_HEIGHT - 8}>
        {shortened(row.goal)}
      </text>
      {MEASURES.map(([measure, label], index) => {
        const y = top + GOAL_HEADING_HEIGHT + index * ROW_HEIGHT + ROW_HEIGHT / 2;
        return (
          <g key={measure}>
            <text class="goal-chart-measure" x={12} y={y} dominant-baseline="middle">
              {label}
            </text>
            <Dumbbell pair={row[measure]} y={y} />
          </g>
        );
      })}
    </g>
  );
}

function Legend() {
  const y = LEGEND_HEIGHT / 2;
  return (
    <g class="goal-chart-legend">
      <circle class="goal-chart-baseline" cx={PLOT_LEFT} cy={y} r={DOT_RADIUS} />
      <text x={PLOT_LEFT + 14} y={y} dominant-baseline="middle">
        Baseline
      </text>
      <circle class="goal-chart-follow-up" cx={PLOT_LEFT + 120} cy={y} r={DOT_RADIUS - 1} />
      <text x={PLOT_LEFT + 134} y={y} dominant-baseline="middle">
        Follow-up
      </text>
    </g>
  );
}

/** The table of the chart's figures, hidden on screen and read by screen readers instead. */
function FiguresTable({ title, goals }: GoalChartProps) {
  // Hidden by its wrapper: a table is never narrower than its content, so hiding the table itself
  // would still widen the page.
  return (
    <div class="visually-hidden">
      <table>
        <caption>{title}: baseline and follow-up ratings (1 to 10)</caption>
        <thead>
          <tr>
            <th scope="col">Goal</th>
            <th scope="col">Performance</th>
            <th scope="col">Satisfaction</th>
          </tr>
        </thead>
        <tbody>
          {goals.map((row, index) => (
            <tr key={`${index}-${row.goal}`}>
              <th scope="row">{row.goal}</th>
              <td>{ratingPairText(row.performance)}</td>
              <td>{ratingPairText(row.satisfaction)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function GoalChart({ title, goals }: GoalChartProps) {
  const plotBottom = LEGEND_HEIGHT + goals.length * goalHeight;
  const height = plotBottom + AXIS_HEIGHT;
  return (
    <figure class="goal-chart">
      <figcaption class="goal-chart-title">{title}</figcaption>
      <svg
        class="goal-chart-svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={summaryOf(title, goals)}
      >
        <Legend />
        {SCORES.map((score) => (
          <g key={score}>
            <line
              class="goal-chart-grid"
              x1={xOf(score)}
              x2={xOf(score)}
              y1={LEGEND_HEIGHT}
              y2={plotBottom}
            />
            <text class="goal-chart-tick" x={xOf(score)} y={plotBottom + 20} text-anchor="middle">
              {score}
            </text>
          </g>
        ))}
        {goals.map((row, index) => (
          <GoalRows
            key={`${index}-${row.goal}`}
            row={row}
            top={LEGEND_HEIGHT + index * goalHeight}
          />
        ))}
      </svg>
      <FiguresTable title={title} goals={goals} />
    </figure>
  );
}
