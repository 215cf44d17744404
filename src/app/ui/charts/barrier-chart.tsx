// A stacked bar chart of barriers per room by priority, drawn in SVG so it prints sharply; each
// priority has its own marks as well as its colour, and a table gives screen readers the figures.
import { useId } from 'preact/hooks';
import type { BarrierChartRow } from '../../../domain/report';
import './barrier-chart.css';

export type { BarrierChartRow };

export type ChartPriority = 'high' | 'medium' | 'low' | 'unrated';
const PRIORITIES: readonly ChartPriority[] = ['high', 'medium', 'low', 'unrated'];

const DEFAULT_NAMES: Readonly<Record<ChartPriority, string>> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  unrated: 'Not rated',
};

/** Room names are drawn right-aligned in this width; the longest shown fits at 14 px. */
const LABEL_WIDTH = 250;
const BAR_AREA_WIDTH = 330;
const TOTAL_WIDTH = 40;
const ROW_HEIGHT = 26;
const ROW_GAP = 10;
/** A segment narrower than this shows its count only in the table, not inside the bar. */
const MIN_LABELLED_WIDTH = 18;
const MAX_LABEL_CHARS = 28;

interface BarrierChartProps {
  title: string;
  rows: readonly BarrierChartRow[];
  /** What each priority is called; the plain report says `Do this first` rather than `High`. */
  names?: Readonly<Record<ChartPriority, string>>;
  /** Makes the title a heading of this level, when the chart opens a section of its own. */
  headingLevel?: 2 | 3;
}

const total = (row: BarrierChartRow) => row.high + row.medium + row.low + row.unrated;

function shortLabel(label: string): string {
  return label.length > MAX_LABEL_CHARS ? `${label.slice(0, MAX_LABEL_CHARS - 1)}…` : label;
}

const MARK_SPACING = 6;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The marks that tell the priorities apart without colour: solid, upright stripes, dots, level
 * stripes. Drawn as plain shapes, not SVG patterns, so the chart prints as vectors.
 */
function Marks({ priority, box }: { priority: ChartPriority; box: Box }) {
  const { x, y, width, height } = box;
  const steps = (length: number) =>
    Array.from(
      { length: Math.floor(length / MARK_SPACING) },
      (_, index) => (index + 0.5) * MARK_SPACING,
    );
  if (priority === 'medium') {
    return (
      <g class="barrier-chart-marks">
        {steps(width).map((offset) => (
          <line key={offset} x1={x + offset} y1={y} x2={x + offset} y2={y + height} />
        ))}
      </g>
    );
  }
  if (priority === 'unrated') {
    return (
      <g class="barrier-chart-marks">
        {steps(height).map((offset) => (
          <line key={offset} x1={x} y1={y + offset} x2={x + width} y2={y + offset} />
        ))}
      </g>
    );
  }
  if (priority === 'low') {
    return (
      <g class="barrier-chart-dots">
        {steps(width).flatMap((across) =>
          steps(height).map((down) => (
            <circle key={`${across}-${down}`} cx={x + across} cy={y + down} r="1.3" />
          )),
        )}
      </g>
    );
  }
  return null;
}

function Segment({ priority, box }: { priority: ChartPriority; box: Box }) {
  return (
    <g>
      <rect {...box} class={`barrier-chart-segment barrier-chart-${priority}`} />
      <Marks priority={priority} box={box} />
    </g>
  );
}

function Bar({ row, index, scale }: { row: BarrierChartRow; index: number; scale: number }) {
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
          <Segment
            priority={segment.priority}
            box={{ x: segment.x, y, width: segment.width, height: ROW_HEIGHT }}
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
export function BarrierChart({
  title,
  rows,
  names = DEFAULT_NAMES,
  headingLevel,
}: BarrierChartProps) {
  const Heading = headingLevel === undefined ? 'span' : (`h${headingLevel}` as const);
  const headingId = `barrier-chart-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const largest = Math.max(1, ...rows.map(total));
  const scale = BAR_AREA_WIDTH / largest;
  const height = Math.max(1, rows.length) * (ROW_HEIGHT + ROW_GAP) - ROW_GAP;
  const width = LABEL_WIDTH + BAR_AREA_WIDTH + TOTAL_WIDTH;
  return (
    <figure class="barrier-chart" aria-labelledby={headingId}>
      <figcaption class="barrier-chart-title">
        <Heading id={headingId}>{title}</Heading>
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
            {rows.map((row, index) => (
              <Bar key={row.id} row={row} index={index} scale={scale} />
            ))}
          </svg>
          <ul class="barrier-chart-legend" aria-hidden="true">
            {PRIORITIES.map((priority) => (
              <li key={priority}>
                <svg viewBox="0 0 18 18" class="barrier-chart-swatch" aria-hidden="true">
                  <Segment priority={priority} box={{ x: 0, y: 0, width: 18, height: 18 }} />
                </svg>
                {names[priority]}
              </li>
            ))}
          </ul>
          {/* Hidden by its wrapper: a table is never narrower than its content, so hiding the
              table itself would still widen the page. */}
          <div class="visually-hidden">
            <table>
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
          </div>
        </>
      )}
    </figure>
  );
}
