// Settings tells everyone which standard the organization judges new visits by (admins choose it in Admin).
import { DEFAULT_PROFILE, PROFILES } from '../../../domain/standards';
import { useFeed } from '../feed';
import { useServices } from '../services';
import { useOrganizationProfile } from './use-organization-profile';

export function OrganizationStandard() {
  const services = useServices();
  const session = useFeed(services.currentSession);
  const profile = useOrganizationProfile();
  if (profile === undefined) return null;
  const shown = PROFILES[profile ?? DEFAULT_PROFILE];
  const who =
    session?.user.role === 'admin'
      ? 'Change it under Admin.'
      : 'Your organization\u2019s admin chooses it; a visit may use another for itself.';
  return (
    <section class="panel" aria-labelledby="standard-heading">
      <h2 id="standard-heading">Accessibility standard</h2>
      <p>
        New visits are judged by{' '}
        <strong>
          {shown.country}: {shown.label}
        </strong>
        {profile === null ? ' (the default; not chosen yet)' : ''}. {who}
      </p>
    </section>
  );
}
