// The offline start benchmark's second reference: the least a page can do to show the visit list
// from IndexedDB. It opens a database, reads one setting, reads 50 visits and their 50 clients in
// one transaction and renders a link per visit with Preact. Against the blank page it measures
// what reading the list from IndexedDB costs any page on the machine; the app does that and more.
import { h, render } from 'preact';

/** As SEEDED_VISIT_COUNT in ../visit-seed.ts; the bench waits for this many links. */
const VISIT_COUNT = 50;
const root = document.getElementById('app');

interface Row {
  entity: string;
  id: string;
  body: { fields: Record<string, string> };
}

function seed(database: IDBDatabase): void {
  database.createObjectStore('meta');
  const records = database.createObjectStore('records', { keyPath: ['entity', 'id'] });
  for (let index = 0; index < VISIT_COUNT; index += 1) {
    const clientId = `client-${index}`;
    records.put({ entity: 'client', id: clientId, body: { fields: { name: `Client ${index}` } } });
    const fields = { clientId, setting: 'home', type: 'initial', date: '2026-11-23' };
    records.put({ entity: 'assessment', id: `visit-${index}`, body: { fields } });
  }
}

function show(visits: Row[], clients: Row[]): void {
  const names = new Map(clients.map((client) => [client.id, client.body.fields.name]));
  const items = visits.map((visit) =>
    h(
      'li',
      { key: visit.id },
      h('a', { href: `/${visit.id}` }, names.get(visit.body.fields.clientId ?? '')),
    ),
  );
  if (root !== null) render(h('ul', { 'aria-label': 'Visits' }, items), root);
}

const entityRange = (entity: string) => IDBKeyRange.bound([entity], [entity, []]);
const opening = indexedDB.open('idb-list-page', 1);
opening.onupgradeneeded = () => seed(opening.result);
opening.onsuccess = () => {
  const database = opening.result;
  const setting = database.transaction('meta').objectStore('meta').get('lock.keyring');
  setting.onsuccess = () => {
    const records = database.transaction('records').objectStore('records');
    const visits = records.getAll(entityRange('assessment'));
    const clients = records.getAll(entityRange('client'));
    clients.onsuccess = () => show(visits.result as Row[], clients.result as Row[]);
  };
};
void navigator.serviceWorker?.register('/sw.js');
