// The visits on this device, newest first, with their client, setting, status and progress.

import type { EntityName } from '../../../domain/entities';
import type { Client } from '../../../domain/records';
import { formatCalendarDate } from '../../../domain/report-wording';
import { VISIT_STATUS_WORDS, visitKindWords } from '../../../domain/words';
import { AppLink } from '../app-link';
import { useRecords } from '../records';
import { navigate } from '../router';
import { ScreenFrame } from '../screens/screen-frame';
import { CaseloadPanel } from './caseload-panel';
import { visitPath } from './visit-routes';

function clientName(clients: Client[], clientId: unknown): string {
  const client = clients.find((candidate) => candidate.id === clientId);
  return typeof client?.fields.name === 'string' && client.fields.name !== ''
    ? client.fields.name
    : 'Unnamed client';
}

/** What the list reads; the app reads them as the device opens when it opens on the list. */
export const VISIT_LIST_ENTITIES = ['assessment', 'client'] as const satisfies EntityName[];

export function VisitList() {
  const visits = useRecords('assessment');
  const clients = useRecords('client') ?? [];
  const sorted = [...(visits ?? [])].sort((left, right) =>
    (right.fields.date ?? '').localeCompare(left.fields.date ?? ''),
  );
  return (
    <ScreenFrame title="Visits">
      <div class="toolbar">
        <button type="button" class="button button-primary" onClick={() => navigate('/visits/new')}>
          New visit
        </button>
      </div>
      <CaseloadPanel visits={sorted} clients={clients} />
      {visits !== undefined && sorted.length === 0 && (
        <div class="empty-state">
          <p>No visits on this device yet.</p>
          <p class="hint">
            Visits you start here are saved on this device as you work, with or without a
            connection.
          </p>
        </div>
      )}
      <ul class="plain-list" aria-label="Visits">
        {sorted.map((visit) => (
          <li key={visit.id}>
            <AppLink class="card card-link" href={visitPath(visit.id)}>
              <strong>{clientName(clients, visit.fields.clientId)}</strong>
              <span class="hint">
                {visitKindWords(visit.fields.setting, visit.fields.type)} ·{' '}
                {visit.fields.date === undefined
                  ? 'No date'
                  : formatCalendarDate(visit.fields.date)}{' '}
                · {VISIT_STATUS_WORDS[visit.fields.status ?? 'draft']}
              </span>
            </AppLink>
          </li>
        ))}
      </ul>
    </ScreenFrame>
  );
}
