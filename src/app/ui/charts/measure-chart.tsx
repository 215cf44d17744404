// One outcome measure across a baseline and its follow-ups: a dot per visit joined by a line, each
// dot labelled with its value and date, and the same figures in a table for screen readers.
import type { MeasureSeries } from '../../../domain/outcome-measures';
import './measure-chart.css';

const WIDTH = 320;
const HEIGHT = 150;
const LEFT = 44;
const RIGHT = 276;
const TOP = 24;
const BOTTOM = 104;
const RADIUS = 6;

/** A measure's value as shown: its decimals and unit; a dash when not recorded. */
export function measureValueText(series: MeasureSeries, value: number | undefined): string {
  if (value === undefined) return '–';
  const { decimals, unit } = series.definition;
  const text = value.toFixed(decimals);
  return unit === '' || unit === 'points' ? text : `${text} ${unit}`;
}

const visitName = (index: number) => (index === 0 ? 'Baseline' : `Follow-up ${index}`);

function scale(values: readonly number[]) {
  const low = Math.min(0, ...values);
  const high = Math.max(...values, low + 1);
  return (value: number) => BOTTOM - ((value - low) / (high - low)) * (BOTTOM - TOP);
}

export function MeasureChart({ series }: { series: MeasureSeries }) {
  const recorded = series.points.flatMap((point) =>
    point.value === undefined ? [] : [point.value],
  );
  const yOf = scale(recorded);
  const step = series.points.length > 1 ? (RIGHT - LEFT) / (series.points.length - 1) : 0;
  const xOf = (index: number) =>
    series.points.length > 1 ? LEFT + index * step : (LEFT + RIGHT) / 2;
  const dots = series.points.flatMap((point, index) =>
    point.value === undefined ? [] : [{ x: xOf(index), y: yOf(point.value), point, index }],
  );
  const name = series.definition.name;
  return (
    <figure class="measure-chart">
      <figcaption class="measure-chart-title">{name}</figcaption>
      <svg class="measure-chart-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
        <line class="measure-chart-axis" x1={LEFT - 12} x2={RIGHT + 12} y1={BOTTOM} y2={BOTTOM} />
        {dots.length > 1 && (
          <polyline
            class="measure-chart-line"
            points={dots.map((dot) => `${dot.x},${dot.y}`).join(' ')}
          />
        )}
        {dots.map((dot) => (
          <g key={dot.point.visitId}>
            <circle
              class={dot.index === 0 ? 'measure-chart-baseline' : 'measure-chart-follow-up'}
              cx={dot.x}
              cy={dot.y}
              r={RADIUS}
            />
            <text class="measure-chart-value" x={dot.x} y={dot.y - 10} text-anchor="middle">
              {measureValueText(series, dot.point.value)}
            </text>
          </g>
        ))}
        {series.points.map((point, index) => (
          <text
            key={point.visitId}
            class="measure-chart-visit"
            x={xOf(index)}
            y={BOTTOM + 20}
            text-anchor="middle"
          >
            {index === 0 ? 'Baseline' : `F${index}`}
            <tspan x={xOf(index)} dy="16">
              {point.date ?? ''}
            </tspan>
          </text>
        ))}
      </svg>
      {/* A table ignores a width smaller than its content, so the box that hides it is a div. */}
      <div class="visually-hidden">
        <table>
          <caption>{name}, by visit</caption>
          <thead>
            <tr>
              <th scope="col">Visit</th>
              <th scope="col">Date</th>
              <th scope="col">Value</th>
              <th scope="col">Against the baseline</th>
            </tr>
          </thead>
          <tbody>
            {series.points.map((point, index) => (
              <tr key={point.visitId}>
                <th scope="row">{visitName(index)}</th>
                <td>{point.date ?? 'undated'}</td>
                <td>{measureValueText(series, point.value)}</td>
                <td>{index === 0 ? '' : (series.changes[index - 1]?.words ?? 'not compared')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="hint measure-chart-source">{series.definition.source}</p>
    </figure>
  );
}
