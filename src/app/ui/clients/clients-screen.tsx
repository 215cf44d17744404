// The organization's clients on this device: find one, add one, open a profile.

import { useState } from 'preact/hooks';
import type { RecordId } from '../../../domain/ids';
import type { Client } from '../../../domain/records';
import { AppLink } from '../app-link';
import { useRecords } from '../records';
import { navigate, pathDetail, usePath } from '../router';
import { ScreenFrame } from '../screens/screen-frame';
import { useServices } from '../services';
import { ClientProfile } from './client-profile';

function matches(client: Client, query: string): boolean {
  const text = `${client.fields.name ?? ''} ${client.fields.address ?? ''}`.toLowerCase();
  return query.trim() === '' || text.includes(query.trim().toLowerCase());
}

function ClientList() {
  const services = useServices();
  const clients = useRecords('client');
  const [query, setQuery] = useState('');
  const addClient = async () => {
    const id = services.newId();
    await services.engine.edit('client', id, { name: '' });
    navigate(`/clients/${id}`);
  };
  const shown = (clients ?? [])
    .filter((client) => matches(client, query))
    .sort((left, right) => (left.fields.name ?? '').localeCompare(right.fields.name ?? ''));
  return (
    <ScreenFrame title="Clients">
      <div class="toolbar">
        <label class="field search-field">
          Find a client
          <input
            type="search"
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
        </label>
        <button type="button" class="button button-primary" onClick={() => void addClient()}>
          New client
        </button>
      </div>
      {clients !== undefined && shown.length === 0 && (
        <div class="empty-state">
          <p>{clients.length === 0 ? 'No clients on this device yet.' : 'No client matches.'}</p>
        </div>
      )}
      <ul class="plain-list" aria-label="Clients">
        {shown.map((client) => (
          <li key={client.id}>
            <AppLink class="card card-link" href={`/clients/${client.id}`}>
              <strong>{String(client.fields.name || 'Unnamed client')}</strong>
              {typeof client.fields.address === 'string' && (
                <span class="hint">{client.fields.address}</span>
              )}
            </AppLink>
          </li>
        ))}
      </ul>
    </ScreenFrame>
  );
}

export function ClientsScreen() {
  const detail = pathDetail(usePath(), '/clients');
  return detail === undefined ? <ClientList /> : <ClientProfile id={detail as RecordId} />;
}
