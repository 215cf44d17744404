// The organization's audit log for admins: newest events first, filtered, with older pages on demand.
import { useEffect, useId, useState } from 'preact/hooks';
import { TableScroll } from '../table-scroll';
import {
  type AdminApi,
  type AdminUser,
  AUDIT_ACTIONS,
  type AuditEvent,
  type AuditFilter,
  messageOf,
} from './admin-api';

const DAY_MS = 24 * 60 * 60 * 1000;

interface Filters {
  action: string;
  userId: string;
  fromDate: string;
  toDate: string;
}

/** A date input's value (yyyy-mm-dd) as the local midnight starting that day, in ms. */
function startOfDayMs(date: string): number | undefined {
  if (date === '') return undefined;
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(year, month - 1, day).getTime();
}

function toQuery(filters: Filters): AuditFilter {
  const fromMs = startOfDayMs(filters.fromDate);
  const toDayMs = startOfDayMs(filters.toDate);
  return {
    ...(filters.action === '' ? {} : { action: filters.action }),
    ...(filters.userId === '' ? {} : { userId: filters.userId }),
    ...(fromMs === undefined ? {} : { from: fromMs }),
    // The whole "to" day counts: up to the last millisecond before the next midnight.
    ...(toDayMs === undefined ? {} : { to: toDayMs + DAY_MS - 1 }),
  };
}

function FilterFields({
  filters,
  users,
  onChange,
}: {
  filters: Filters;
  users: AdminUser[];
  onChange: (filters: Filters) => void;
}) {
  const actionId = useId();
  const userId = useId();
  const set = (name: keyof Filters) => (event: Event) =>
    onChange({ ...filters, [name]: (event.currentTarget as HTMLInputElement).value });
  return (
    <div class="admin-filters">
      <div class="field">
        <label for={actionId}>Action</label>
        <select id={actionId} value={filters.action} onChange={set('action')}>
          <option value="">All actions</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={userId}>User</label>
        <select id={userId} value={filters.userId} onChange={set('userId')}>
          <option value="">All users</option>
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name}
            </option>
          ))}
        </select>
      </div>
      <label class="field">
        From
        <input type="date" value={filters.fromDate} onChange={set('fromDate')} />
      </label>
      <label class="field">
        To
        <input type="date" value={filters.toDate} onChange={set('toDate')} />
      </label>
    </div>
  );
}

function EventTable({ events, users }: { events: AuditEvent[]; users: AdminUser[] }) {
  const nameOf = (userId: string | null) =>
    users.find((user) => user.id === userId)?.name ?? 'unknown';
  return (
    <TableScroll label="Audit events, newest first" extraClass="admin-table-wrap">
      <table class="admin-table">
        <caption>Audit events, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Target</th>
            <th scope="col">Address</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td>{new Date(event.at).toLocaleString()}</td>
              <td>{nameOf(event.userId)}</td>
              <td>{event.action}</td>
              <td>{event.target ?? ''}</td>
              <td>{event.ip ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

interface AuditLogProps {
  api: AdminApi;
  users: AdminUser[];
  /** Changes whenever a user change was accepted, so the log re-reads its newest page. */
  version: number;
}

/** The audit log section: filters, a table and an Older button while older events remain. */
export function AuditLog({ api, users, version }: AuditLogProps) {
  const [filters, setFilters] = useState<Filters>({
    action: '',
    userId: '',
    fromDate: '',
    toDate: '',
  });
  const [events, setEvents] = useState<AuditEvent[] | undefined>(undefined);
  const [before, setBefore] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [isBusy, setBusy] = useState(false);
  const headingId = useId();
  // A new version asks for a fresh read of the newest page.
  useEffect(() => {
    let isCurrent = true;
    setError(undefined);
    api.listAudit(toQuery(filters)).then(
      (page) => {
        if (!isCurrent) return;
        setEvents(page.events);
        setBefore(page.more ? page.before : undefined);
      },
      (caught: unknown) => {
        if (isCurrent) setError(messageOf(caught));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [api, filters, version]);
  const loadOlder = async () => {
    if (before === undefined) return;
    setBusy(true);
    setError(undefined);
    try {
      const page = await api.listAudit({ ...toQuery(filters), before });
      setEvents((current) => [...(current ?? []), ...page.events]);
      setBefore(page.more ? page.before : undefined);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Audit log</h3>
      <FilterFields filters={filters} users={users} onChange={setFilters} />
      {error !== undefined && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {events === undefined && error === undefined && <p>Loading the audit log…</p>}
      {events !== undefined && events.length === 0 && <p>No events match these filters.</p>}
      {events !== undefined && events.length > 0 && <EventTable events={events} users={users} />}
      {before !== undefined && (
        <button type="button" class="button" disabled={isBusy} onClick={() => void loadOlder()}>
          Older
        </button>
      )}
    </section>
  );
}
