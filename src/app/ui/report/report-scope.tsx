// The recommendations as a scope of works by priority: what, where, who does it and what it may
// cost, with the total per currency. The family's variant lists them under what to do first.

import { plainFinding } from '../../../domain/plain-statements';
import type { Report } from '../../../domain/report';
import {
  formatCostRange,
  priorityWords,
  type ReportVariant,
  whoWords,
} from '../../../domain/report-wording';
import type { Priority, ScopeOfWorksLine } from '../../../domain/visit-summary';
import { costWords, fieldValueWords } from '../../../domain/words';

const PRIORITY_ORDER: readonly (Priority | undefined)[] = ['high', 'medium', 'low', undefined];

/** A line's cost, written as every screen writes it; undefined when it has none. */
function lineCost(line: ScopeOfWorksLine): string | undefined {
  return costWords(line.costMin, line.costMax, line.currency);
}

/** Total per currency: `$1,200 to $3,400 + A$150`; empty when nothing is costed. */
export function totalWords(report: Report): string {
  return report.totalCost.map((total) => formatCostRange(total)).join(' + ');
}

function totalSentence(report: Report, variant: ReportVariant): string {
  const total = totalWords(report);
  const uncosted = report.uncostedCount;
  if (variant === 'clinical') {
    const costed = total === '' ? 'none costed' : total;
    return `Total estimated cost: ${costed}${uncosted > 0 ? ` (${uncosted} without a cost)` : ''}.`;
  }
  if (total === '') return 'None of these has a price yet.';
  const rest =
    uncosted === 0
      ? ''
      : `, plus ${uncosted} ${uncosted === 1 ? 'thing' : 'things'} with no price yet`;
  return `Altogether this may cost about ${total}${rest}.`;
}

/** Each barrier's question by finding, so a recommendation says what it is for. */
function promptsByFinding(report: Report): Map<string, string> {
  return new Map(
    report.rooms.flatMap((room) =>
      room.items.map((item) => [item.findingId, item.prompt] as const),
    ),
  );
}

/** Each barrier as the plain report states it, by finding. */
function statementsByFinding(report: Report): Map<string, string> {
  return new Map(
    report.rooms.flatMap((room) =>
      room.items.map((item) => [item.findingId, plainFinding(item, report.client)] as const),
    ),
  );
}

function ClinicalScope({ report }: { report: Report }) {
  const prompts = promptsByFinding(report);
  return (
    <table class="report-table report-scope">
      <caption class="visually-hidden">Recommended interventions by priority</caption>
      <thead>
        <tr>
          <th scope="col">Priority</th>
          <th scope="col">Recommendation</th>
          <th scope="col">For</th>
          <th scope="col">Who</th>
          <th scope="col">Cost</th>
          <th scope="col">Funding</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {report.scopeOfWorks.map((line) => (
          <tr key={line.interventionId}>
            <td>{priorityWords(line.priority, 'clinical')}</td>
            <td>{line.title}</td>
            <td>
              {line.roomName ?? ''}
              {line.findingId !== undefined && prompts.has(line.findingId) && (
                <span class="report-for">{prompts.get(line.findingId)}</span>
              )}
            </td>
            <td>{whoWords(line.responsible, line.provider, 'clinical') ?? '—'}</td>
            <td>{lineCost(line) ?? '—'}</td>
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
  );
}

function PlainScope({ report }: { report: Report }) {
  const prompts = statementsByFinding(report);
  return (
    <>
      {PRIORITY_ORDER.map((priority) => {
        const lines = report.scopeOfWorks.filter((line) => line.priority === priority);
        if (lines.length === 0) return null;
        return (
          <div key={priority ?? 'unrated'} class="report-plain-group">
            <h3>{priorityWords(priority, 'plain')}</h3>
            <ul class="report-plain-list">
              {lines.map((line) => {
                const prompt =
                  line.findingId === undefined ? undefined : prompts.get(line.findingId);
                return (
                  <li key={line.interventionId} class="report-plain-line">
                    <strong>{line.title}</strong>
                    {prompt !== undefined && (
                      <span>
                        For: {prompt}
                        {line.roomName === undefined ? '' : ` (${line.roomName})`}
                      </span>
                    )}
                    <span>
                      Who: {whoWords(line.responsible, line.provider, 'plain') ?? 'To be agreed'}
                    </span>
                    {!line.isFree && <span>Cost: {lineCost(line) ?? 'No price yet'}</span>}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </>
  );
}

interface ScopeProps {
  report: Report;
  variant: ReportVariant;
}

/** The scope of works and its total cost. */
export function ReportScope({ report, variant }: ScopeProps) {
  const isPlain = variant === 'plain';
  return (
    <section class="report-section" aria-labelledby="report-scope-heading">
      <h2 id="report-scope-heading">{isPlain ? 'What we suggest' : 'Scope of works'}</h2>
      {report.scopeOfWorks.length === 0 ? (
        <p>{isPlain ? 'We have no suggestions for changes.' : 'No interventions recommended.'}</p>
      ) : isPlain ? (
        <PlainScope report={report} />
      ) : (
        <ClinicalScope report={report} />
      )}
      <p class="total-cost">{totalSentence(report, variant)}</p>
      {isPlain && (
        <p class="hint">
          These are estimates, not quotes. Prices change; ask for a quote before work starts.
        </p>
      )}
    </section>
  );
}
