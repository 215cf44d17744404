// The organization's "require an app lock" setting: one record for every admin, read on each device.
import { describe, expect, it } from 'vitest';
import { DeviceLockedError } from '../../src/app/security/encrypting-codec';
import { followLockRequirement } from '../../src/app/security/lock-requirement';
import { createFeed } from '../../src/app/ui/feed';
import type { EntityName } from '../../src/domain/entities';
import type { RecordId } from '../../src/domain/ids';
import {
  isAppLockRequired,
  REQUIRE_APP_LOCK_KEY,
  requireAppLockFields,
  requireAppLockSettingId,
} from '../../src/domain/organization-settings';
import { restoreRecord, type TypedRecord } from '../../src/domain/records';

describe('the organization setting that requires an app lock', () => {
  it('is one record with the same id on every device', () => {
    expect(requireAppLockSettingId()).toBe(requireAppLockSettingId());
    expect(requireAppLockSettingId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-/);
  });

  it('holds only when the organization-scope record says true', () => {
    expect(isAppLockRequired(requireAppLockFields(true))).toBe(true);
    expect(isAppLockRequired(requireAppLockFields(false))).toBe(false);
    expect(isAppLockRequired(undefined)).toBe(false);
    expect(isAppLockRequired({ ...requireAppLockFields(true), scope: 'user' })).toBe(false);
    expect(isAppLockRequired({ ...requireAppLockFields(true), deleted: true })).toBe(false);
    expect(isAppLockRequired({ ...requireAppLockFields(true), value: 'true' })).toBe(false);
    expect(requireAppLockFields(true)).toEqual({
      key: REQUIRE_APP_LOCK_KEY,
      value: true,
      scope: 'organization',
      userId: null,
    });
  });
});

describe('following the requirement on a device', () => {
  function device() {
    const records = new Map<string, TypedRecord<'setting'>>();
    const state = { isLocked: false };
    const engine = {
      readRecord: async <E extends EntityName>(_entity: E, id: RecordId) => {
        if (state.isLocked) throw new DeviceLockedError();
        return records.get(id) as TypedRecord<E> | undefined;
      },
    };
    const recordsVersion = createFeed(0);
    const required = createFeed(false);
    const follower = followLockRequirement({
      engine,
      recordsVersion,
      required,
    });
    const sync = (isRequired: boolean) => {
      const id = requireAppLockSettingId();
      const fields = requireAppLockFields(isRequired);
      records.set(id, restoreRecord('setting', id, fields));
      recordsVersion.set(recordsVersion.get() + 1);
    };
    return { follower, required, sync, state };
  }

  it('is off until a sync brings the setting, and follows it both ways', async () => {
    const { follower, required, sync } = device();
    await follower.refresh();
    expect(required.get()).toBe(false);
    sync(true);
    await follower.refresh();
    expect(required.get()).toBe(true);
    sync(false);
    await follower.refresh();
    expect(required.get()).toBe(false);
  });

  it('reads nothing while the device is locked', async () => {
    const { follower, required, sync, state } = device();
    sync(true);
    state.isLocked = true;
    await follower.refresh();
    expect(required.get()).toBe(false);
  });
});
