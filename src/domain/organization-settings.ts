// Settings an admin makes for the whole organization: `setting` records that every device syncs.
import type { FieldValues } from './entities';
import { derivedId, type RecordId } from './ids';
import { PROFILE_IDS, type ProfileId } from './vocabulary';

/** "Require an app lock on every device": devices without a lock open no records while it is on. */
export const REQUIRE_APP_LOCK_KEY = 'security.requireAppLock';

/** The standard profile new visits are judged by (a visit may choose another for itself). */
export const STANDARD_PROFILE_KEY = 'standards.profile';

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

/** The organization's one standard-profile record, the same id on every admin's device. */
export function standardProfileSettingId(): RecordId {
  return derivedId('setting', 'organization', STANDARD_PROFILE_KEY);
}

/** The profile the organization chose, or undefined when it has not chosen (or the record is damaged). */
export function chosenProfile(
  fields: Readonly<Record<string, unknown>> | undefined,
): ProfileId | undefined {
  if (
    fields === undefined ||
    fields.deleted === true ||
    fields.key !== STANDARD_PROFILE_KEY ||
    fields.scope !== 'organization'
  ) {
    return undefined;
  }
  return PROFILE_IDS.find((id) => id === fields.value);
}

/** The fields an admin's choice of profile sets. */
export function standardProfileFields(profile: ProfileId): FieldValues {
  return { key: STANDARD_PROFILE_KEY, value: profile, scope: 'organization', userId: null };
}

/** The organization's letterhead on reports whose template asks for one. */
export const LETTERHEAD_KEY = 'reports.letterhead';
export const LETTERHEAD_LINE_MAX_LENGTH = 200;

export interface Letterhead {
  name: string;
  address: string;
  phone: string;
  email: string;
}

const LETTERHEAD_LINES = ['name', 'address', 'phone', 'email'] as const;

/** The organization's one letterhead record, the same id on every admin's device. */
export function letterheadSettingId(): RecordId {
  return derivedId('setting', 'organization', LETTERHEAD_KEY);
}

/** The letterhead as saved, or undefined when none is (or the record is damaged). */
export function letterheadOf(
  fields: Readonly<Record<string, unknown>> | undefined,
): Letterhead | undefined {
  if (
    fields === undefined ||
    fields.deleted === true ||
    fields.key !== LETTERHEAD_KEY ||
    fields.scope !== 'organization' ||
    typeof fields.value !== 'object' ||
    fields.value === null
  ) {
    return undefined;
  }
  const value = fields.value as Record<string, unknown>;
  const line = (key: (typeof LETTERHEAD_LINES)[number]) =>
    typeof value[key] === 'string'
      ? (value[key] as string).slice(0, LETTERHEAD_LINE_MAX_LENGTH)
      : '';
  const letterhead = {
    name: line('name'),
    address: line('address'),
    phone: line('phone'),
    email: line('email'),
  };
  return letterhead.name.trim() === '' ? undefined : letterhead;
}

/** Why a letterhead cannot be saved, or undefined when it can. */
export function letterheadProblem(letterhead: Letterhead): string | undefined {
  if (letterhead.name.trim() === '') return 'Write the organization’s name.';
  const long = LETTERHEAD_LINES.find((key) => letterhead[key].length > LETTERHEAD_LINE_MAX_LENGTH);
  return long === undefined
    ? undefined
    : `Keep the ${long} to ${LETTERHEAD_LINE_MAX_LENGTH} characters.`;
}

/** The fields an admin's letterhead sets. */
export function letterheadFields(letterhead: Letterhead): FieldValues {
  const value = Object.fromEntries(LETTERHEAD_LINES.map((key) => [key, letterhead[key].trim()]));
  return { key: LETTERHEAD_KEY, value, scope: 'organization', userId: null };
}
