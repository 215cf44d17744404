// Settings an admin makes for the whole organization: `setting` records that every device syncs.
import type { FieldValues } from './entities';
import { derivedId, type RecordId } from './ids';

/** "Require an app lock on every device": devices without a lock open no records while it is on. */
export const REQUIRE_APP_LOCK_KEY = 'security.requireAppLock';

/** Derived from the key alone, so every admin's device writes the same record (one per organization). */
export function requireAppLockSettingId(): RecordId {
  return derivedId('setting', 'organization', REQUIRE_APP_LOCK_KEY);
}

/** True only for the organization's live setting with the value true; anything else means not required. */
export function isAppLockRequired(fields: Readonly<Record<string, unknown>> | undefined): boolean {
  return (
    fields !== undefined &&
    fields.deleted !== true &&
    fields.key === REQUIRE_APP_LOCK_KEY &&
    fields.scope === 'organization' &&
    fields.value === true
  );
}

/** The fields an admin's edit sets (only admins may write organization settings: the server's rule). */
export function requireAppLockFields(isRequired: boolean): FieldValues {
  return { key: REQUIRE_APP_LOCK_KEY, value: isRequired, scope: 'organization', userId: null };
}
