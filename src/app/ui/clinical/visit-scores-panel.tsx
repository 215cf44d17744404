// The visit's scores beside its baseline's: HOME FAST hazards, CDC areas with hazards and the
// person-environment fit, for the summary, both reports and the outcome summary.
import { scoreVisit, type VisitScores } from '../../../domain/visit-scores';
import { TableScroll } from '../table-scroll';
import type { VisitData } from '../visits/use-visit';
import './clinical.css';

interface Column {
  name: string;
  date: string;
  scores: VisitScores;
}

function columnsOf(data: VisitData): Column[] {
  const checklist = data.newerChecklist ?? data.checklist;
  if (checklist === undefined) return [];
  const score = (records: { rooms: VisitData['rooms']; findings: VisitData['findings'] }) =>
    scoreVisit({
      rooms: records.rooms,
      findings: records.findings,
      client: data.client,
      checklist,
    });
  const current = {
    name: 'This visit',
    date: data.visit.fields.date ?? 'undated',
    scores: score(data),
  };
  if (data.baseline === undefined) return [current];
  const baseline = {
    name: 'Baseline',
    date: data.baseline.assessment.fields.date ?? 'undated',
    scores: score(data.baseline),
  };
  return [baseline, current];
}

const homeFastText = (scores: VisitScores) =>
  scores.homeFast === undefined
    ? 'Not scored'
    : `${scores.homeFast.hazards} of 25 (${scores.homeFast.answered} answered)`;

const cdcText = (scores: VisitScores) =>
  scores.cdcAreas.length === 0
    ? 'None'
    : scores.cdcAreas.map((entry) => `${entry.area} (${entry.hazards})`).join(', ');

const fitText = (scores: VisitScores) =>
  scores.fit === undefined
    ? 'No limitations recorded'
    : `${scores.fit.score} from ${scores.fit.barriers} barrier${scores.fit.barriers === 1 ? '' : 's'}`;

const ROWS: readonly { name: string; help: string; text: (scores: VisitScores) => string }[] = [
  { name: 'HOME FAST hazards', help: 'items of 25 found a hazard', text: homeFastText },
  { name: 'CDC STEADI areas with hazards', help: 'Check for Safety areas', text: cdcText },
  {
    name: 'Person-environment fit',
    help: "barriers weighed by severity and the client's limitations; higher is a poorer fit",
    text: fitText,
  },
];

export function VisitScoresPanel({
  data,
  sectionClass = 'panel',
}: {
  data: VisitData;
  sectionClass?: string;
}) {
  const columns = columnsOf(data);
  if (columns.length === 0) return null;
  return (
    <section class={`${sectionClass} visit-scores`} aria-labelledby="visit-scores-heading">
      <h2 id="visit-scores-heading">Scores</h2>
      <TableScroll label="Scores at baseline and this visit">
        <table class="scores-table">
          <caption class="visually-hidden">Scores at baseline and this visit</caption>
          <thead>
            <tr>
              <th scope="col">Score</th>
              {columns.map((column) => (
                <th scope="col" key={column.name}>
                  {column.name} <span class="scores-date">({column.date})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row.name}>
                <th scope="row">
                  {row.name}
                  <span class="hint scores-help">{row.help}</span>
                </th>
                {columns.map((column) => (
                  <td key={column.name}>{row.text(column.scores)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p class="hint">
        Counted by our own rules from this checklist's answers, not the instruments' own forms.
      </p>
    </section>
  );
}
