// What a forgotten passphrase costs on this device, said plainly, and the reset that signs in again.
import { useEffect, useState } from 'preact/hooks';
import type { AppLock } from '../../security/app-lock';

const CONFIRMATION_WORD = 'DELETE';

function describeUnsynced(unsynced: { edits: number; photos: number }): string {
  const changes = unsynced.edits === 1 ? '1 change' : `${unsynced.edits} changes`;
  const photos = unsynced.photos === 1 ? '1 photo' : `${unsynced.photos} photos`;
  if (unsynced.photos === 0) return `${changes} made on this device have`;
  if (unsynced.edits === 0) return `${photos} taken on this device have`;
  return `${changes} and ${photos} made on this device have`;
}

/** The reset offered from the lock screen; it deletes this device's database, then reloads. */
export function ForgotPassphrase({ lock, onReset }: { lock: AppLock; onReset: () => void }) {
  const [unsynced, setUnsynced] = useState<{ edits: number; photos: number } | undefined>();
  const [confirmation, setConfirmation] = useState('');
  const [isBusy, setBusy] = useState(false);
  useEffect(() => {
    void lock.countUnsynced().then(setUnsynced);
  }, [lock]);
  if (unsynced === undefined) return <p>Checking what this device holds…</p>;
  const reset = async () => {
    setBusy(true);
    await lock.resetDevice();
    onReset();
  };
  if (unsynced.edits === 0 && unsynced.photos === 0) {
    return (
      <div class="lock-forgot">
        <p>
          Every change on this device has reached the server. Resetting deletes this device's copy;
          you then sign in again and your records download.
        </p>
        <button type="button" class="button" disabled={isBusy} onClick={() => void reset()}>
          Forgot passphrase: sign in again and download your records
        </button>
      </div>
    );
  }
  return (
    <div class="lock-forgot">
      <p role="alert">
        {describeUnsynced(unsynced)} not reached the server. Without the passphrase they cannot be
        read by anyone, including you; resetting deletes them.
      </p>
      <label class="field">
        Type {CONFIRMATION_WORD} to delete them and reset this device
        <input
          value={confirmation}
          autocomplete="off"
          onInput={(event) => setConfirmation(event.currentTarget.value)}
        />
      </label>
      <button
        type="button"
        class="button button-danger"
        disabled={isBusy || confirmation.trim() !== CONFIRMATION_WORD}
        onClick={() => void reset()}
      >
        Delete unsynced changes and reset this device
      </button>
    </div>
  );
}
