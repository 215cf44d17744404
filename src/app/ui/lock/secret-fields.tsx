// The fields for a new lock secret: a passphrase, or (where the device offers it) a PIN with its screen lock.
import { useEffect, useState } from 'preact/hooks';
import type { AppLock } from '../../security/app-lock';
import type { DeviceKeyAvailability } from '../../security/device-key';
import {
  type NewSecret,
  PassphraseRefusedError,
  type SecretKind,
} from '../../security/keyring-keeper';

/** What the device offers for a PIN; undefined while asking. */
export function useDeviceKeyAvailability(lock: AppLock): DeviceKeyAvailability | undefined {
  const [availability, setAvailability] = useState<DeviceKeyAvailability | undefined>();
  useEffect(() => {
    void lock.deviceKeyAvailability().then(setAvailability);
  }, [lock]);
  return availability;
}

function field(form: HTMLFormElement, name: string): string {
  const element = form.elements.namedItem(name);
  return element instanceof HTMLInputElement ? element.value : '';
}

const NO_DEVICE_PIN =
  'This device has no screen lock or fingerprint that HomeAssess can use with a PIN, so the lock needs a passphrase.';
const DEVICE_PIN_OFFER =
  'To use a PIN, choose "Use this device\'s screen lock / fingerprint with a PIN" above.';

/** A refusal in words; a PIN typed as a passphrase is told where a PIN is possible, if anywhere. */
export function refusalText(
  caught: unknown,
  availability: DeviceKeyAvailability | undefined,
): string {
  const message = caught instanceof Error ? caught.message : String(caught);
  if (!(caught instanceof PassphraseRefusedError) || caught.code !== 'digits-only') return message;
  const isOffered = availability !== undefined && availability !== 'unavailable';
  return `${message} ${isOffered ? DEVICE_PIN_OFFER : NO_DEVICE_PIN}`;
}

/** The secret typed into the form, checked for a typo; the policy is checked by the lock. */
export function newSecretOf(
  form: HTMLFormElement,
  kind: SecretKind,
  who: { name: string; email: string } | undefined,
): NewSecret {
  const next = field(form, 'next');
  const isPin = kind === 'device-pin';
  if (next !== field(form, 'repeat'))
    throw new Error(`The two ${isPin ? 'PINs' : 'passphrases'} are not the same.`);
  if (isPin) return { kind, pin: next, userName: who?.email ?? 'HomeAssess on this device' };
  const personalWords = who === undefined ? [] : [who.name, who.email];
  return { kind, passphrase: next, context: { personalWords } };
}

/** The choice between a passphrase and the device's screen lock with a PIN, shown only where offered. */
export function SecretKindChoice(props: {
  kind: SecretKind;
  availability: DeviceKeyAvailability | undefined;
  onChoose: (kind: SecretKind) => void;
}) {
  if (props.availability === undefined || props.availability === 'unavailable') return null;
  const options: [SecretKind, string][] = [
    ['passphrase', 'A passphrase'],
    ['device-pin', "Use this device's screen lock / fingerprint with a PIN"],
  ];
  return (
    <fieldset class="field-group">
      <legend>How to unlock</legend>
      {options.map(([kind, label]) => (
        <label class="choice" key={kind}>
          <input
            type="radio"
            name="secret-kind"
            value={kind}
            checked={props.kind === kind}
            onChange={() => props.onChoose(kind)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** The new secret and its repetition, with what the policy asks for. */
export function NewSecretFields({ kind, prefix }: { kind: SecretKind; prefix: string }) {
  const isPin = kind === 'device-pin';
  const inputMode = isPin ? 'numeric' : undefined;
  return (
    <>
      <p class="hint" id={`${prefix}-hint`}>
        {isPin
          ? "At least 6 digits, without a pattern. Each unlock also asks for this device's screen lock or fingerprint, so a copy of the tablet's storage cannot be opened by guessing the PIN."
          : "At least 15 characters. Three or four unrelated words, with spaces between them, are strong and easy to type; avoid your name, the app's name, common passwords and keyboard rows."}
      </p>
      <label class="field">
        {isPin ? 'New PIN' : 'New passphrase'}
        <input
          name="next"
          type="password"
          required
          inputMode={inputMode}
          autocomplete="new-password"
          aria-describedby={`${prefix}-hint`}
        />
      </label>
      <label class="field">
        Repeat it
        <input
          name="repeat"
          type="password"
          required
          inputMode={inputMode}
          autocomplete="new-password"
        />
      </label>
    </>
  );
}
