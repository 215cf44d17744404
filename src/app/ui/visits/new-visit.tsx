// Starting a visit: the client, the setting, initial or follow-up, the date, who is there, consent,
// and the checklist (the newest version for the setting and the client's age group).
import { useState } from 'preact/hooks';
import { calendarDateAt } from '../../../domain/calendar-date';
import { latestChecklist } from '../../../domain/checklist';
import type { RecordId } from '../../../domain/ids';
import { DEFAULT_PROFILE, PROFILE_IDS, PROFILES, type ProfileId } from '../../../domain/standards';
import { useChecklistLibrary } from '../checklists/use-checklist-library';
import { useFeed } from '../feed';
import { useRecords } from '../records';
import { navigate } from '../router';
import { ScreenFrame } from '../screens/screen-frame';
import { useServices } from '../services';
import { useOrganizationProfile } from '../standards/use-organization-profile';
import { visitPath } from './visit-routes';

type Setting = 'home' | 'workplace' | 'school';

export function NewVisit() {
  const services = useServices();
  const session = useFeed(services.currentSession);
  const clients = (useRecords('client') ?? []).filter((client) => client.fields.name);
  const library = useChecklistLibrary();
  const [clientId, setClientId] = useState('');
  const [setting, setSetting] = useState<Setting>('home');
  const [checklistKey, setChecklistKey] = useState('');
  const organizationProfile = useOrganizationProfile();
  const [chosenProfile, setChosenProfile] = useState<ProfileId | undefined>(undefined);
  const profile = chosenProfile ?? organizationProfile ?? DEFAULT_PROFILE;
  if (library === undefined)
    return <ScreenFrame title="New visit">Loading checklists…</ScreenFrame>;
  const client = clients.find((candidate) => candidate.id === clientId);
  const ageGroup = client?.fields.ageGroup === 'child' ? 'child' : 'adult';
  const offered = [...new Set(library.all.map((checklist) => checklist.id))]
    .flatMap((id) => latestChecklist(library.all, id) ?? [])
    .filter((checklist) => checklist.setting === setting);
  const preferred = offered.find((checklist) => checklist.ageGroup === ageGroup) ?? offered[0];
  const chosen =
    offered.find((checklist) => `${checklist.id}@${checklist.version}` === checklistKey) ??
    preferred;
  const start = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const value = (name: string) =>
      (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
    if (client === undefined || chosen === undefined) return;
    const id = services.newId();
    await services.engine.edit(
      'assessment',
      id,
      {
        clientId: client.id,
        setting,
        type: value('type') === 'follow-up' ? 'follow-up' : 'initial',
        date: value('date'),
        peoplePresent: value('peoplePresent')
          .split(',')
          .map((name) => name.trim())
          .filter((name) => name !== ''),
        consentRecorded:
          (form.elements.namedItem('consent') as HTMLInputElement | null)?.checked === true,
        checklistId: chosen.id,
        checklistVersion: chosen.version,
        standard: profile,
        status: 'draft',
        startedAt: services.now(),
        ...(typeof client.fields.address === 'string' ? { address: client.fields.address } : {}),
        ...(session === undefined
          ? {}
          : { therapistId: session.user.id, therapistName: session.user.name }),
      },
      'New visit',
    );
    navigate(visitPath(id));
  };
  return (
    <ScreenFrame title="New visit">
      {clients.length === 0 ? (
        <div class="empty-state">
          <p>Add the client first, on the Clients screen.</p>
        </div>
      ) : (
        <form class="panel form" onSubmit={(event) => void start(event)}>
          <label class="field">
            Client
            <select
              required
              value={clientId}
              onChange={(event) => setClientId(event.currentTarget.value as RecordId)}
            >
              <option value="">Choose a client</option>
              {clients.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {String(candidate.fields.name)}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            Setting
            <select
              value={setting}
              onChange={(event) => setSetting(event.currentTarget.value as Setting)}
            >
              <option value="home">Home</option>
              <option value="workplace">Workplace</option>
              <option value="school">School</option>
            </select>
          </label>
          <label class="field">
            Type of visit
            <select name="type">
              <option value="initial">Initial assessment</option>
              <option value="follow-up">Follow-up</option>
            </select>
          </label>
          <label class="field">
            Date
            <input name="date" type="date" required defaultValue={calendarDateAt(services.now())} />
          </label>
          <label class="field">
            People present (separated by commas)
            <input name="peoplePresent" autocomplete="off" />
          </label>
          <label class="choice">
            <input name="consent" type="checkbox" />
            The client (or their representative) consented to the assessment
          </label>
          <label class="field">
            Checklist
            <select
              value={chosen === undefined ? '' : `${chosen.id}@${chosen.version}`}
              onChange={(event) => setChecklistKey(event.currentTarget.value)}
            >
              {offered.map((checklist) => (
                <option
                  key={`${checklist.id}@${checklist.version}`}
                  value={`${checklist.id}@${checklist.version}`}
                >
                  {checklist.title} (version {checklist.version})
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            Standard the measurements are judged by
            <select
              value={profile}
              onChange={(event) =>
                setChosenProfile(
                  PROFILE_IDS.find((id) => id === event.currentTarget.value) ?? DEFAULT_PROFILE,
                )
              }
            >
              {PROFILE_IDS.map((id) => (
                <option key={id} value={id}>
                  {PROFILES[id].country}: {PROFILES[id].label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="submit"
            class="button button-primary"
            disabled={client === undefined || chosen === undefined}
          >
            Start visit
          </button>
        </form>
      )}
    </ScreenFrame>
  );
}
