// Adding a user to the organization: name, email, role and an initial password.
import { useId, useState } from 'preact/hooks';
import { MIN_PASSWORD_LENGTH } from '../../../domain/accounts';
import { ROLE_WORDS } from '../../../domain/words';
import { FormMessages } from '../form-messages';
import { type AdminApi, messageOf, ROLES, type Role } from './admin-api';

const EMPTY = { name: '', email: '', role: 'therapist' as Role, password: '' };

/** The Add a user form; what was typed stays after a refusal, and clears after success. */
export function AddUserForm({ api, onAdded }: { api: AdminApi; onAdded: () => void }) {
  const [draft, setDraft] = useState(EMPTY);
  const [error, setError] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [isBusy, setBusy] = useState(false);
  const roleId = useId();
  const edit = (name: keyof typeof EMPTY) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    setDraft((current) => ({ ...current, [name]: value }));
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const added = await api.addUser(draft);
      setDraft(EMPTY);
      setNotice(`${added.name} was added as ${ROLE_WORDS[added.role].toLowerCase()}.`);
      onAdded();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="form" aria-labelledby="add-user-heading" onSubmit={(event) => void submit(event)}>
      <h3 id="add-user-heading">Add a user</h3>
      <label class="field">
        Name
        <input name="name" required autocomplete="off" value={draft.name} onInput={edit('name')} />
      </label>
      <label class="field">
        Email
        <input
          name="email"
          type="email"
          required
          autocomplete="off"
          value={draft.email}
          onInput={edit('email')}
        />
      </label>
      <div class="field">
        <label for={roleId}>Role</label>
        <select id={roleId} name="role" value={draft.role} onChange={edit('role')}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_WORDS[role]}
            </option>
          ))}
        </select>
      </div>
      <label class="field">
        Initial password
        <input
          name="password"
          type="password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          autocomplete="new-password"
          value={draft.password}
          onInput={edit('password')}
        />
        <span class="hint">At least {MIN_PASSWORD_LENGTH} characters.</span>
      </label>
      <FormMessages error={error} notice={notice} />
      <button type="submit" class="button button-primary" disabled={isBusy}>
        Add user
      </button>
    </form>
  );
}
