// Follow-ups due, at the top of the visit list: every baseline on this device without a follow-up
// yet, overdue first, the person's own marked. Read from the records the list already holds.
import { DEFAULT_FOLLOW_UP_DAYS, followUpsDue } from '../../../domain/caseload';
import type { Assessment, Client } from '../../../domain/records';
import { AppLink } from '../app-link';
import { useFeed } from '../feed';
import { useServices } from '../services';
import { visitPath } from './visit-routes';

function dueWords(daysOverdue: number): string {
  if (daysOverdue > 0) return `${daysOverdue} ${daysOverdue === 1 ? 'day' : 'days'} overdue`;
  if (daysOverdue === 0) return 'due today';
  const left = -daysOverdue;
  return `due in ${left} ${left === 1 ? 'day' : 'days'}`;
}

export function CaseloadPanel({ visits, clients }: { visits: Assessment[]; clients: Client[] }) {
  const services = useServices();
  const session = useFeed(services.currentSession);
  const today = new Date(services.now()).toISOString().slice(0, 10);
  const due = followUpsDue(visits, today);
  if (due.length === 0) return null;
  const nameOf = (clientId: string | undefined) =>
    clients.find((client) => client.id === clientId)?.fields.name || 'Unnamed client';
  return (
    <section class="panel" aria-labelledby="caseload-heading">
      <h2 id="caseload-heading">Follow-ups due</h2>
      <ul class="plain-list" aria-label="Follow-ups due">
        {due.map((line) => (
          <li key={line.baselineId}>
            <AppLink class="card card-link" href={visitPath(line.baselineId)}>
              <strong>{nameOf(line.clientId)}</strong>
              <span class={line.daysOverdue > 0 ? 'change-flag change-worse' : 'hint'}>
                {dueWords(line.daysOverdue)}
              </span>
              <span class="hint">
                Due {line.dueDate}
                {line.isDefaultDate
                  ? `, ${DEFAULT_FOLLOW_UP_DAYS} days after the baseline of ${line.baselineDate}`
                  : ` (set at the baseline of ${line.baselineDate})`}
                {line.therapistId !== undefined && line.therapistId === session?.user.id
                  ? ' · yours'
                  : line.therapistName === undefined
                    ? ''
                    : ` · ${line.therapistName}`}
              </span>
            </AppLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
