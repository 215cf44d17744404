// The Admin panel of Settings: an admin manages the organization's users, device security, standard, audit log.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useFeed } from '../feed';
import { useServices } from '../services';
import { AddUserForm } from './add-user-form';
import {
  type AdminApi,
  type AdminUser,
  ConnectionError,
  createAdminApi,
  messageOf,
} from './admin-api';
import { AuditLog } from './audit-log';
import { LetterheadSetting } from './letterhead-setting';
import { RequireLockSetting } from './require-lock-setting';
import { StandardProfileSetting } from './standard-profile-setting';
import { UserRow } from './user-row';

type UsersState =
  | { kind: 'loading' }
  | { kind: 'offline' }
  | { kind: 'failed'; message: string }
  | { kind: 'loaded'; users: AdminUser[] };

/** The users list, re-read whenever `version` changes or the browser comes back online. */
function useUsers(api: AdminApi, version: number): UsersState {
  const [state, setState] = useState<UsersState>({ kind: 'loading' });
  const [onlineCount, setOnlineCount] = useState(0);
  useEffect(() => {
    const retry = () => setOnlineCount((count) => count + 1);
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, []);
  // A new version or coming back online asks for a fresh read.
  useEffect(() => {
    let isCurrent = true;
    api.listUsers().then(
      (users) => {
        if (isCurrent) setState({ kind: 'loaded', users });
      },
      (caught: unknown) => {
        if (!isCurrent) return;
        setState(
          caught instanceof ConnectionError
            ? { kind: 'offline' }
            : { kind: 'failed', message: messageOf(caught) },
        );
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [api, version, onlineCount]);
  return state;
}

function AdminContent({ api }: { api: AdminApi }) {
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((count) => count + 1);
  const state = useUsers(api, version);
  if (state.kind === 'loading') return <p>Loading users…</p>;
  if (state.kind === 'offline') return <p>Managing users needs a connection.</p>;
  if (state.kind === 'failed') {
    return (
      <p class="error" role="alert">
        {state.message}
      </p>
    );
  }
  return (
    <>
      <h3>Users</h3>
      <ul class="plain-list" aria-label="Users">
        {state.users.map((user) => (
          <UserRow key={user.id} api={api} user={user} onChanged={refresh} />
        ))}
      </ul>
      <AddUserForm api={api} onAdded={refresh} />
      <AuditLog api={api} users={state.users} version={version} />
    </>
  );
}

/** Shown only to a signed-in admin; everything in it needs the server. */
export function AdminPanel() {
  const services = useServices();
  const session = useFeed(services.currentSession);
  const token = session?.token;
  const api = useMemo(
    () =>
      token === undefined ? undefined : createAdminApi(token, (input, init) => fetch(input, init)),
    [token],
  );
  if (session?.user.role !== 'admin' || api === undefined) return null;
  return (
    <section class="panel" aria-labelledby="admin-heading">
      <h2 id="admin-heading">Admin</h2>
      <RequireLockSetting />
      <StandardProfileSetting />
      <LetterheadSetting />
      <AdminContent api={api} />
    </section>
  );
}
