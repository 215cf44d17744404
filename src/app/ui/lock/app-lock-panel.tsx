// Settings' "App lock" panel: set or change the passphrase (or PIN), choose the idle time, lock now.
import { useEffect, useState } from 'preact/hooks';
import type { AppServices } from '../../app-services';
import { type AppLock, IDLE_MINUTES_CHOICES } from '../../security/app-lock';
import type { DeviceKeyAvailability } from '../../security/device-key';
import type { SecretKind } from '../../security/keyring-keeper';
import { useFeed } from '../feed';
import { RotationNotice } from '../sync/rotation-notice';
import {
  NewSecretFields,
  newSecretOf,
  refusalText,
  SecretKindChoice,
  useDeviceKeyAvailability,
} from './secret-fields';

function field(form: HTMLFormElement, name: string): string {
  const element = form.elements.namedItem(name);
  return element instanceof HTMLInputElement ? element.value : '';
}

/** Runs a form's action with busy and message state; the message says what happened in words. */
function useFormAction(describeError: (caught: unknown) => string) {
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
      setMessage({ text: describeError(caught), isError: true });
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

interface LockFormProps {
  lock: AppLock;
  services: AppServices;
  availability: DeviceKeyAvailability | undefined;
  /** Called after the secret changed, so the panel says how the device now unlocks. */
  onChanged: () => void;
}

function SetLockForm({ lock, services, availability }: LockFormProps) {
  const [kind, setKind] = useState<SecretKind>('passphrase');
  const { run, isBusy, output } = useFormAction((caught) => refusalText(caught, availability));
  const submit = (event: Event) =>
    run(event, async (form) => {
      const next = newSecretOf(form, kind, services.currentSession.get()?.user);
      if (next.kind === 'device-pin') await lock.setDevicePin(next.pin, next.userName);
      else await lock.setPassphrase(next.passphrase, next.context);
      return 'The app lock is on. Records and photos on this device are now encrypted.';
    });
  return (
    <form class="form" onSubmit={(event) => void submit(event)}>
      <p class="hint">
        With the app lock on, records and photos on this device are encrypted and the app locks when
        left alone. If you forget how to unlock, changes not yet sent to the server are lost;
        everything already synced can be downloaded again.
      </p>
      <SecretKindChoice kind={kind} availability={availability} onChoose={setKind} />
      <NewSecretFields kind={kind} prefix="set-lock" />
      {output}
      <button type="submit" class="button button-primary" disabled={isBusy}>
        {isBusy ? 'Encrypting…' : 'Turn on app lock'}
      </button>
    </form>
  );
}

function ChangeSecretForm({ lock, services, availability, onChanged }: LockFormProps) {
  const current = lock.secretKind();
  const [kind, setKind] = useState<SecretKind>(current);
  const { run, isBusy, output } = useFormAction((caught) => refusalText(caught, availability));
  const submit = (event: Event) =>
    run(event, async (form) => {
      const next = newSecretOf(form, kind, services.currentSession.get()?.user);
      await lock.changeSecret(field(form, 'current'), next);
      onChanged();
      return next.kind === 'device-pin' ? 'The PIN is changed.' : 'The passphrase is changed.';
    });
  return (
    <form class="form" onSubmit={(event) => void submit(event)}>
      <h3>Change how this device unlocks</h3>
      <label class="field">
        {current === 'device-pin' ? 'Current PIN' : 'Current passphrase'}
        <input
          name="current"
          type="password"
          required
          inputMode={current === 'device-pin' ? 'numeric' : undefined}
          autocomplete="current-password"
        />
      </label>
      <SecretKindChoice kind={kind} availability={availability} onChoose={setKind} />
      <NewSecretFields kind={kind} prefix="change-lock" />
      {output}
      <button type="submit" class="button" disabled={isBusy}>
        {kind === 'device-pin' ? 'Change PIN' : 'Change passphrase'}
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

/** The panel; while the lock is off it offers to set a passphrase or a PIN with the screen lock. */
export function AppLockPanel({ services }: { services: AppServices }) {
  const state = useFeed(services.lockState);
  const { lock } = services;
  const availability = useDeviceKeyAvailability(lock);
  const [, setChangeCount] = useState(0);
  const forms = {
    lock,
    services,
    availability,
    onChanged: () => setChangeCount((count) => count + 1),
  };
  return (
    <section class="panel" aria-labelledby="app-lock-heading">
      <h2 id="app-lock-heading">App lock</h2>
      {state === 'off' && <SetLockForm {...forms} />}
      {state === 'unlocked' && (
        <>
          <p>
            The app lock is on: records and photos on this device are encrypted. It unlocks with{' '}
            {lock.secretKind() === 'device-pin'
              ? "this device's screen lock or fingerprint and a PIN."
              : 'a passphrase.'}
          </p>
          <RotationNotice services={services} />
          <IdleChoice lock={lock} />
          <button type="button" class="button" onClick={() => lock.lock()}>
            Lock now
          </button>
          <ChangeSecretForm {...forms} />
        </>
      )}
    </section>
  );
}
