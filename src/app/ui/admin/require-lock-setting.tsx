// The admin's switch that requires an app lock on every device of the organization.
import { useEffect, useState } from 'preact/hooks';
import {
  isAppLockRequired,
  requireAppLockFields,
  requireAppLockSettingId,
} from '../../../domain/organization-settings';
import { useRecord } from '../records';
import { useServices } from '../services';

/** A synced organization setting: it reaches every device with its next sync, offline edits too. */
export function RequireLockSetting() {
  const services = useServices();
  const record = useRecord('setting', requireAppLockSettingId());
  const [error, setError] = useState<string | undefined>(undefined);
  const isStored = isAppLockRequired(record?.fields);
  // The choice shows at once; the stored record catches up a moment later.
  const [chosen, setChosen] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    if (chosen === isStored) setChosen(undefined);
  }, [chosen, isStored]);
  const isRequired = chosen ?? isStored;
  const choose = async (next: boolean) => {
    setError(undefined);
    setChosen(next);
    try {
      await services.engine.edit(
        'setting',
        requireAppLockSettingId(),
        requireAppLockFields(next),
        next ? 'Require an app lock' : 'Stop requiring an app lock',
      );
    } catch (caught) {
      setChosen(undefined);
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  return (
    <div class="form">
      <h3>Device security</h3>
      <label class="choice">
        <input
          type="checkbox"
          checked={isRequired}
          disabled={record === undefined}
          aria-describedby="require-lock-hint"
          onChange={(event) => void choose(event.currentTarget.checked)}
        />
        Require an app lock on every device
      </label>
      <p class="hint" id="require-lock-hint">
        A device without an app lock then opens no records, only Settings → App lock, until a
        passphrase (or the device's screen lock with a PIN) is set there. Each device follows at its
        next sync; its unsynced changes keep syncing meanwhile.
      </p>
      {error !== undefined && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
