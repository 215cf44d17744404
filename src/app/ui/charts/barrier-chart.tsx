// A stacked bar chart of barriers per room by priority, drawn in SVG so it prints sharply; each
// priority has its own pattern as well as its colour, and a table gives screen readers the figures.
import { useId } from 'preact/hooks';
import './barrier-chart.css';

/** One bar: a room's barriers counted by priority. */
export interface BarrierChartRow {
  /** Tells apart two rooms of the same name. */
  id: string;
  label: string;
  high: number;
  medium: number;
  low: number;
  unrated: number;
}

export type ChartPriority = 'high' | 'medium' | 'low' | 'unrated';
const PRIORITIES: readonly ChartPriority[] = ['high', 'medium', 'low', 'unrated'];

const DEFAULT_NAMES: Readonly<Record<ChartPriority, string>> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  unrated: 'Not rated',
};

const LABEL_WIDTH = 180;
const BAR_AREA_WIDTH = 400;
const TOTAL_WIDTH = 40;
const ROW_HEIGHT = 26;
const ROW_GAP = 10;
/** A segment narrower than this shows its count only in the table, not inside the bar. */
const MIN_LABELLED_WIDTH = 18;
const MAX_LABEL_CHARS = 24;

interface BarrierChartProps {
  title: string;
  rows: readonly BarrierChartRow[];
  /** What each priority is called; the plain report says `Do this first` rather than `High`. */
  names?: Readonly<Record<ChartPriority, string>>;
}

const total = (row: BarrierChartRow) => row.high + row.medium + row.low + row.unrated;

function shortLabel(label: string): string {
  return label.length > MAX_LABEL_CHARS ? `${label.slice(0, MAX_LABEL_CHARS - 1)}…` : label;
}

/** The patterns that tell the priorities apart without colour: solid, stripes, dots, checks. */
function Patterns({ idPrefix }: { idPrefix: string }) {
  return (
    <defs>
      <pattern id={`${idPrefix}-high`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" class="barrier-chart-high" />
      </pattern>
      <pattern
        id={`${idPrefix}-medium`}
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="8" height="8" class="barrier-chart-medium" />
        <rect width="3" height="8" fill="#ffffff" fill-opacity="0.45" />
      </pattern>
      <pattern id={`${idPrefix}-low`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" class="barrier-chart-low" />
        <circle cx="4" cy="4" r="1.6" fill="#ffffff" fill-opacity="0.6" />
      </pattern>
      <pattern id={`${idPrefix}-unrated`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" class="barrier-chart-unrated" />
        <path d="M0 0L8 8M8 0L0 8" stroke="#ffffff" stroke-opacity="0.5" stroke-width="1" />
      </pattern>
    </defs>
  );
}

function Bar({
  row,
  index,
  scale,
  idPrefix,
}: {
  row: BarrierChartRow;
  index: number;
  scale: number;
  idPrefix: string;
}) {
  const y = index * (ROW_HEIGHT + ROW_GAP);
  let x = LABEL_WIDTH;
  const segments = PRIORITIES.flatMap((priority) => {
    const count = row[priority];
    if (count === 0) return [];
    const width = count * scale;
    const segment = { priority, count, x, width };
    x += width;
    return [segment];
  });
  return (
    <g>
      <text x={LABEL_WIDTH - 8} y={y + ROW_HEIGHT / 2} class="barrier-chart-label">
        {shortLabel(row.label)}
      </text>
      {segments.map((segment) => (
        <g key={segment.priority}>
          <rect
            x={segment.x}
            y={y}
            width={segment.width}
            height={ROW_HEIGHT}
            fill={`url(#${idPrefix}-${segment.priority})`}
            class="barrier-chart-segment"
          />
          {segment.width >= MIN_LABELLED_WIDTH && (
            <text
              x={segment.x + segment.width / 2}
              y={y + ROW_HEIGHT / 2}
              class="barrier-chart-count"
            >
              {segment.count}
            </text>
          )}
        </g>
      ))}
      <text x={x + 6} y={y + ROW_HEIGHT / 2} class="barrier-chart-total">
        {total(row)}
      </text>
    </g>
  );
}

/** The chart, its legend and a table of the same figures; says so when there are no barriers. */
export function BarrierChart({ title, rows, names = DEFAULT_NAMES }: BarrierChartProps) {
  const idPrefix = `barrier-chart-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const headingId = `${idPrefix}-title`;
  const largest = Math.max(1, ...rows.map(total));
  const scale = BAR_AREA_WIDTH / largest;
  const height = Math.max(1, rows.length) * (ROW_HEIGHT + ROW_GAP) - ROW_GAP;
  const width = LABEL_WIDTH + BAR_AREA_WIDTH + TOTAL_WIDTH;
  return (
    <figure class="barrier-chart" aria-labelledby={headingId}>
      <figcaption id={headingId} class="barrier-chart-title">
        {title}
      </figcaption>
      {rows.length === 0 ? (
        <p class="hint">No barriers recorded.</p>
      ) : (
        <>
          <svg
            viewBox={`0 0 ${width} ${height}`}
            role="img"
            aria-label={`${title}: a bar per room, split by priority. The table that follows gives the same figures.`}
            class="barrier-chart-svg"
          >
            <Patterns idPrefix={idPrefix} />
            {rows.map((row, index) => (
              <Bar key={row.id} row={row} index={index} scale={scale} idPrefix={idPrefix} />
            ))}
          </svg>
          <ul class="barrier-chart-legend" aria-hidden="true">
            {PRIORITIES.map((priority) => (
              <li key={priority}>
                <svg viewBox="0 0 16 16" class="barrier-chart-swatch" aria-hidden="true">
                  <rect width="16" height="16" fill={`url(#${idPrefix}-${priority})`} />
                </svg>
                {names[priority]}
              </li>
            ))}
          </ul>
          <table class="visually-hidden">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">Room</th>
                {PRIORITIES.map((priority) => (
                  <th key={priority} scope="col">
                    {names[priority]}
                  </th>
                ))}
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.label}</th>
                  {PRIORITIES.map((priority) => (
                    <td key={priority}>{row[priority]}</td>
                  ))}
                  <td>{total(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
