// Settings' "App lock" panel: set or change the passphrase, choose the idle time, lock now.
import { useEffect, useState } from 'preact/hooks';
import type { AppServices } from '../../app-services';
import { type AppLock, IDLE_MINUTES_CHOICES } from '../../security/app-lock';
import { useFeed } from '../feed';
import { RotationNotice } from '../sync/rotation-notice';

function field(form: HTMLFormElement, name: string): string {
  const element = form.elements.namedItem(name);
  return element instanceof HTMLInputElement ? element.value : '';
}

/** Runs a form's action with busy and message state; the message says what happened in words. */
function useFormAction() {
  const [message, setMessage] = useState<{ text: string; isError: boolean } | undefined>();
  const [isBusy, setBusy] = useState(false);
  const run = async (event: Event, action: (form: HTMLFormElement) => Promise<string>) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    setBusy(true);
    setMessage(undefined);
    try {
      setMessage({ text: await action(form), isError: false });
      form.reset();
    } catch (caught) {
      setMessage({
        text: caught instanceof Error ? caught.message : String(caught),
        isError: true,
      });
    } finally {
      setBusy(false);
    }
  };
  const output =
    message === undefined ? null : (
      <p class={message.isError ? 'error' : 'notice'} role={message.isError ? 'alert' : 'status'}>
        {message.text}
      </p>
    );
  return { run, isBusy, output };
}

function PassphraseFields({ label }: { label: string }) {
  return (
    <>
      <label class="field">
        {label}
        <input name="next" type="password" required minLength={6} autocomplete="new-password" />
      </label>
      <label class="field">
        Repeat it
        <input name="repeat" type="password" required minLength={6} autocomplete="new-password" />
      </label>
    </>
  );
}

function newPassphrase(form: HTMLFormElement): string {
  const next = field(form, 'next');
  if (next !== field(form, 'repeat')) throw new Error('The two passphrases are not the same.');
  return next;
}

function SetPassphraseForm({ lock }: { lock: AppLock }) {
  const { run, isBusy, output } = useFormAction();
  const submit = (event: Event) =>
    run(event, async (form) => {
      await lock.setPassphrase(newPassphrase(form));
      return 'The app lock is on. Records and photos on this device are now encrypted.';
    });
  return (
    <form class="form" onSubmit={(event) => void submit(event)}>
      <p class="hint">
        With a passphrase (or a PIN of at least 6 digits), records and photos on this device are
        encrypted and the app locks when left alone. If you forget it, changes not yet sent to the
        server are lost; everything already synced can be downloaded again.
      </p>
      <PassphraseFields label="New passphrase" />
      {output}
      <button type="submit" class="button button-primary" disabled={isBusy}>
        {isBusy ? 'Encrypting…' : 'Turn on app lock'}
      </button>
    </form>
  );
}

function ChangePassphraseForm({ lock }: { lock: AppLock }) {
  const { run, isBusy, output } = useFormAction();
  const submit = (event: Event) =>
    run(event, async (form) => {
      await lock.changePassphrase(field(form, 'current'), newPassphrase(form));
      return 'The passphrase is changed.';
    });
  return (
    <form class="form" onSubmit={(event) => void submit(event)}>
      <h3>Change the passphrase</h3>
      <label class="field">
        Current passphrase
        <input name="current" type="password" required autocomplete="current-password" />
      </label>
      <PassphraseFields label="New passphrase" />
      {output}
      <button type="submit" class="button" disabled={isBusy}>
        Change passphrase
      </button>
    </form>
  );
}

function IdleChoice({ lock }: { lock: AppLock }) {
  const [minutes, setMinutes] = useState<number | undefined>(undefined);
  useEffect(() => {
    void lock.idleMinutes().then(setMinutes);
  }, [lock]);
  const choose = (value: number) => {
    setMinutes(value);
    void lock.setIdleMinutes(value);
  };
  return (
    <label class="field">
      Lock after this long without use
      <select
        value={String(minutes ?? '')}
        disabled={minutes === undefined}
        onChange={(event) => choose(Number(event.currentTarget.value))}
      >
        {IDLE_MINUTES_CHOICES.map((choice) => (
          <option key={choice} value={String(choice)}>
            {choice === 1 ? '1 minute' : `${choice} minutes`}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The panel; while the lock is off it offers to set a passphrase. */
export function AppLockPanel({ services }: { services: AppServices }) {
  const state = useFeed(services.lockState);
  const { lock } = services;
  return (
    <section class="panel" aria-labelledby="app-lock-heading">
      <h2 id="app-lock-heading">App lock</h2>
      {state === 'off' && <SetPassphraseForm lock={lock} />}
      {state === 'unlocked' && (
        <>
          <p>The app lock is on: records and photos on this device are encrypted.</p>
          <RotationNotice services={services} />
          <IdleChoice lock={lock} />
          <button type="button" class="button" onClick={() => lock.lock()}>
            Lock now
          </button>
          <ChangePassphraseForm lock={lock} />
        </>
      )}
    </section>
  );
}
