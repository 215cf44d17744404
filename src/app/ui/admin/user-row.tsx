// One user in the admin's list: their role, disabling or enabling them, and resetting a password.
import { useId, useState } from 'preact/hooks';
import { MIN_PASSWORD_LENGTH } from '../../../domain/accounts';
import { ROLE_WORDS } from '../../../domain/words';
import { FormMessages } from '../form-messages';
import { type AdminApi, type AdminUser, messageOf, ROLES, type Role } from './admin-api';

interface UserRowProps {
  api: AdminApi;
  user: AdminUser;
  /** Called after the server accepted a change, so the list and the audit log re-read. */
  onChanged: () => void;
}

function ResetPasswordForm({ api, user }: { api: AdminApi; user: AdminUser }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [isBusy, setBusy] = useState(false);
  const id = useId();
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      await api.resetPassword(user.id, password);
      setPassword('');
      setNotice(`The password of ${user.name} was reset.`);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="admin-inline-form" onSubmit={(event) => void submit(event)}>
      <div class="field">
        <label for={id}>New password for {user.name}</label>
        <input
          id={id}
          type="password"
          autocomplete="new-password"
          minLength={MIN_PASSWORD_LENGTH}
          required
          value={password}
          onInput={(event) => setPassword(event.currentTarget.value)}
        />
      </div>
      <button type="submit" class="button" disabled={isBusy}>
        Reset password
      </button>
      <FormMessages error={error} notice={notice} />
    </form>
  );
}

/** A user's card with their controls; each server refusal shows its message in an alert. */
export function UserRow({ api, user, onChanged }: UserRowProps) {
  const [error, setError] = useState<string | undefined>(undefined);
  const [isBusy, setBusy] = useState(false);
  const headingId = useId();
  const roleId = useId();
  const change = async (changeToSend: { role?: Role; disabled?: boolean }) => {
    setBusy(true);
    setError(undefined);
    try {
      await api.changeUser(user.id, changeToSend);
      onChanged();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li class="card admin-user" aria-labelledby={headingId}>
      <h3 id={headingId}>{user.name}</h3>
      <p>
        {user.email} · {ROLE_WORDS[user.role]} · {user.disabled ? 'Disabled' : 'Active'}
      </p>
      <div class="admin-user-controls">
        <div class="field">
          <label for={roleId}>Role of {user.name}</label>
          <select
            id={roleId}
            value={user.role}
            disabled={isBusy}
            onChange={(event) => {
              const role = event.currentTarget.value as Role;
              // Show the stored role until the server accepts the new one.
              event.currentTarget.value = user.role;
              void change({ role });
            }}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_WORDS[role]}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          class="button"
          disabled={isBusy}
          onClick={() => void change({ disabled: !user.disabled })}
        >
          {user.disabled ? `Enable ${user.name}` : `Disable ${user.name}`}
        </button>
      </div>
      {error !== undefined && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <ResetPasswordForm api={api} user={user} />
    </li>
  );
}
