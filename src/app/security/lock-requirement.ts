// Whether this organization requires an app lock, read from its synced setting and kept current.
import { isAppLockRequired, requireAppLockSettingId } from '../../domain/organization-settings';
import type { SyncEngine } from '../sync/sync-engine';
import type { Feed } from '../ui/feed';

/**
 * Reads the organization's "require an app lock" setting into `required`, again whenever records
 * change (a sync may bring it); `refresh` resolves once the current value is known.
 */
export function followLockRequirement(parts: {
  engine: Pick<SyncEngine, 'readRecord'>;
  recordsVersion: Feed<number>;
  required: Feed<boolean>;
}): { refresh: () => Promise<void>; stop: () => void } {
  const id = requireAppLockSettingId();
  let reads = 0;
  const refresh = async () => {
    reads += 1;
    const thisRead = reads;
    // A locked device reads nothing: the setting's record is sealed like any other.
    const record = await parts.engine.readRecord('setting', id).catch(() => undefined);
    if (thisRead !== reads) return;
    const isRequired = isAppLockRequired(record?.fields);
    if (parts.required.get() !== isRequired) parts.required.set(isRequired);
  };
  const stop = parts.recordsVersion.subscribe(() => void refresh());
  return { refresh, stop };
}
