// The organization's chosen standard profile, read from its synced setting record.
import { chosenProfile, standardProfileSettingId } from '../../../domain/organization-settings';
import type { ProfileId } from '../../../domain/standards';
import { useRecord } from '../records';

/** The chosen profile; `undefined` while loading, `null` when the organization has not chosen. */
export function useOrganizationProfile(): ProfileId | null | undefined {
  const record = useRecord('setting', standardProfileSettingId());
  if (record === undefined) return undefined;
  return chosenProfile(record?.fields) ?? null;
}
