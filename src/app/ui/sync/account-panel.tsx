// Signing this device in to the clinic's server (or setting the server up), and signing out.
import { useEffect, useState } from 'preact/hooks';
import { ROLE_WORDS } from '../../../domain/words';
import type { AppServices } from '../../app-services';
import { useFeed } from '../feed';

type Mode = 'checking' | 'setup' | 'sign-in' | 'unreachable';

function field(form: HTMLFormElement, name: string): string {
  const element = form.elements.namedItem(name);
  return element instanceof HTMLInputElement ? element.value : '';
}

function SignInForm({ services }: { services: AppServices }) {
  const [mode, setMode] = useState<Mode>('checking');
  const [error, setError] = useState<string | undefined>(undefined);
  const [isBusy, setBusy] = useState(false);
  useEffect(() => {
    services.session.isSetupNeeded().then(
      (isNeeded) => setMode(isNeeded ? 'setup' : 'sign-in'),
      () => setMode('unreachable'),
    );
  }, [services]);
  if (mode === 'checking') return <p>Contacting the server…</p>;
  if (mode === 'unreachable') {
    return (
      <p>
        The server cannot be reached. Signing in needs a connection once; your work stays on this
        device.
      </p>
    );
  }
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const credentials = { email: field(form, 'email'), password: field(form, 'password') };
    setBusy(true);
    setError(undefined);
    try {
      const session =
        mode === 'setup'
          ? await services.session.setUp({
              ...credentials,
              organization: field(form, 'organization'),
              name: field(form, 'name'),
            })
          : await services.session.signIn(credentials);
      services.currentSession.set(session);
      void services.sync.syncNow();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="form" onSubmit={(event) => void submit(event)}>
      {mode === 'setup' && (
        <p>This server is new. Create your organization and its first administrator.</p>
      )}
      {mode === 'setup' && (
        <>
          <label class="field">
            Organization
            <input name="organization" required autocomplete="organization" />
          </label>
          <label class="field">
            Your name
            <input name="name" required autocomplete="name" />
          </label>
        </>
      )}
      <label class="field">
        Email
        <input name="email" type="email" required autocomplete="username" />
      </label>
      <label class="field">
        Password
        <input
          name="password"
          type="password"
          required
          autocomplete={mode === 'setup' ? 'new-password' : 'current-password'}
        />
      </label>
      {error !== undefined && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="button button-primary" disabled={isBusy}>
        {mode === 'setup' ? 'Create organization' : 'Sign in'}
      </button>
    </form>
  );
}

export function AccountPanel({ services }: { services: AppServices }) {
  const session = useFeed(services.currentSession);
  const status = useFeed(services.syncStatus);
  /** The token expired, was revoked or its user disabled: the server answered 401. */
  const isSessionRefused = session !== undefined && status?.outcome.kind === 'signed-out';
  const signOut = async () => {
    const pending = status?.pendingEdits ?? 0;
    const warning = `${pending} edit(s) on this device have not reached the server yet. They stay on this device and are sent after the next sign-in. Sign out?`;
    if (pending > 0 && !window.confirm(warning)) return;
    await services.session.signOut();
    services.currentSession.set(undefined);
  };
  return (
    <section class="panel" aria-labelledby="account-heading">
      <h2 id="account-heading">Account</h2>
      {session !== undefined && isSessionRefused && (
        <p class="notice" role="status">
          The server no longer accepts this device's sign-in ({session.user.email}). Sign in again
          to sync; everything recorded meanwhile stays on this device
          {(status?.pendingEdits ?? 0) > 0 ? ` (${status?.pendingEdits} edits waiting)` : ''}.
        </p>
      )}
      {session === undefined || isSessionRefused ? (
        <SignInForm services={services} />
      ) : (
        <>
          <p>
            Signed in as {session.user.name} ({session.user.email}),{' '}
            {ROLE_WORDS[session.user.role].toLowerCase()}.
          </p>
          <button type="button" class="button" onClick={() => void signOut()}>
            Sign out
          </button>
        </>
      )}
    </section>
  );
}
