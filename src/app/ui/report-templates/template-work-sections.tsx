// The sections of a template report about the work: recommendations with how often each will be
// used, the scope of works a builder prices, the one-task-per-row work documentation table, and
// the total.
import type { Report } from '../../../domain/report';
import type { WorkRow } from '../../../domain/report-template-work';
import { formatCalendarDate, formatCostRange } from '../../../domain/report-wording';
import type { CurrencyTotal } from '../../../domain/visit-summary';

const dash = (value: string | undefined) => value ?? '—';
const date = (value: string | undefined) => (value === undefined ? '—' : formatCalendarDate(value));

function NoWork() {
  return <p>No recommendations were made at this visit.</p>;
}

export function Recommendations({ rows }: { rows: readonly WorkRow[] }) {
  if (rows.length === 0) return <NoWork />;
  return (
    <table class="report-table template-table">
      <thead>
        <tr>
          <th scope="col">Recommendation</th>
          <th scope="col">Room</th>
          <th scope="col">Priority</th>
          <th scope="col">How often it will be used</th>
          <th scope="col">Who does it</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.interventionId}>
            <th scope="row">{row.task}</th>
            <td>{dash(row.room)}</td>
            <td>{row.priority}</td>
            <td>{row.frequency ?? 'Not recorded'}</td>
            <td>{dash(row.who)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ScopeOfWorks({ rows }: { rows: readonly WorkRow[] }) {
  if (rows.length === 0) return <NoWork />;
  return (
    <table class="report-table template-table">
      <thead>
        <tr>
          <th scope="col">Task</th>
          <th scope="col">Room</th>
          <th scope="col">Where</th>
          <th scope="col">Dimensions</th>
          <th scope="col">Estimated cost</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.interventionId}>
            <th scope="row">{row.task}</th>
            <td>{dash(row.room)}</td>
            <td>{row.location ?? 'Not recorded'}</td>
            <td>{dash(row.dimensions)}</td>
            <td>{row.cost ?? 'To be quoted'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function WorkDocumentation({ rows }: { rows: readonly WorkRow[] }) {
  if (rows.length === 0) return <NoWork />;
  return (
    <table class="report-table template-table">
      <thead>
        <tr>
          <th scope="col">Task</th>
          <th scope="col">Room</th>
          <th scope="col">Cost</th>
          <th scope="col">Start date</th>
          <th scope="col">Completion date</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.interventionId}>
            <th scope="row">{row.task}</th>
            <td>{dash(row.room)}</td>
            <td>{row.cost ?? 'Not costed'}</td>
            <td>{date(row.startDate)}</td>
            <td>{date(row.completionDate)}</td>
            <td>{dash(row.status)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Costs({
  totals,
  report,
}: {
  totals: readonly CurrencyTotal[];
  report: Pick<Report, 'uncostedCount'>;
}) {
  return (
    <>
      {totals.length === 0 ? (
        <p>No costs recorded.</p>
      ) : (
        <p class="template-total">
          Total: {totals.map((total) => formatCostRange(total)).join(' and ')}
        </p>
      )}
      {report.uncostedCount > 0 && (
        <p class="hint">
          {report.uncostedCount} recommendation{report.uncostedCount === 1 ? ' has' : 's have'} no
          cost yet and {report.uncostedCount === 1 ? 'is' : 'are'} not in the total.
        </p>
      )}
    </>
  );
}
