// The admin's choice of the standard the organization's new visits are judged by.
import { useEffect, useState } from 'preact/hooks';
import {
  standardProfileFields,
  standardProfileSettingId,
} from '../../../domain/organization-settings';
import { DEFAULT_PROFILE, PROFILE_IDS, PROFILES, type ProfileId } from '../../../domain/standards';
import { useServices } from '../services';
import { useOrganizationProfile } from '../standards/use-organization-profile';

/** A synced organization setting; each device uses it for the visits it starts after its next sync. */
export function StandardProfileSetting() {
  const services = useServices();
  const stored = useOrganizationProfile();
  const [chosen, setChosen] = useState<ProfileId | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (chosen === stored) setChosen(undefined);
  }, [chosen, stored]);
  const current = chosen ?? stored ?? DEFAULT_PROFILE;
  const choose = async (next: ProfileId) => {
    setError(undefined);
    setChosen(next);
    try {
      await services.engine.edit(
        'setting',
        standardProfileSettingId(),
        standardProfileFields(next),
        `Standard: ${PROFILES[next].label}`,
      );
    } catch (caught) {
      setChosen(undefined);
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  return (
    <fieldset class="field-group" aria-describedby="standard-profile-hint">
      <legend>Accessibility standard</legend>
      {PROFILE_IDS.map((id) => (
        <label class="choice" key={id}>
          <input
            type="radio"
            name="standard-profile"
            value={id}
            checked={current === id}
            disabled={stored === undefined}
            onChange={() => void choose(id)}
          />
          {PROFILES[id].country}: {PROFILES[id].label}
        </label>
      ))}
      <p class="hint" id="standard-profile-hint">
        New visits are judged by this standard, and every verdict, summary, report and export names
        it with its edition. A visit may choose another for itself; visits already started keep
        theirs. {stored === null ? 'Not chosen yet: visits use the United States profile.' : ''}
      </p>
      {error !== undefined && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
