// One visit: its details, the client's goals, the rooms, overall progress, and where to go next.
import { nextStep, visitProgress } from '../../../domain/visit-progress';
import { visitKindWords } from '../../../domain/words';
import { AppLink } from '../app-link';
import { useFeed } from '../feed';
import { ScreenFrame } from '../screens/screen-frame';
import { useServices } from '../services';
import { VisitStandard } from '../standards/visit-standard';
import { TextField } from '../text-field';
import { FollowUpPanel } from './follow-up/follow-up-panel';
import { OutcomesPanel } from './follow-up/outcomes-panel';
import { StartFollowUpButton } from './follow-up/start-follow-up';
import { FollowUpDueField } from './follow-up-due';
import { GoalsPanel } from './goals-panel';
import { MobilityPanel } from './mobility-panel';
import { RoomsPanel } from './rooms-panel';
import { UndoBar } from './undo-bar';
import type { VisitData } from './use-visit';
import { VisitCompletion } from './visit-completion';
import { VisitDetailsFields } from './visit-details-fields';
import { useIsVisitEditable } from './visit-lock';
import { VisitPropertyPanel } from './visit-property';
import { roomPath } from './visit-routes';

function clientName(data: VisitData): string {
  const name = data.client?.fields.name;
  return typeof name === 'string' && name !== '' ? name : 'Unnamed client';
}

/** Where "Continue" goes: the place the visit was left, or the first unanswered item. */
function continueTarget(data: VisitData): { roomId: string; itemId?: string } | undefined {
  const { currentRoomId, currentItemId } = data.visit.fields;
  if (
    typeof currentRoomId === 'string' &&
    data.rooms.some((room) => room.id === currentRoomId && room.fields.deleted !== true)
  ) {
    return {
      roomId: currentRoomId,
      ...(typeof currentItemId === 'string' ? { itemId: currentItemId } : {}),
    };
  }
  return data.checklist === undefined
    ? undefined
    : nextStep(data.rooms, data.checklist, data.findings);
}

/** The owner's choice to let any therapist of the organization work on the visit. */
function ShareWithTeam({ data }: { data: VisitData }) {
  const services = useServices();
  const session = useFeed(services.currentSession);
  const { visit } = data;
  const owner = visit.fields.therapistId;
  const isOwner = session !== undefined && (owner == null || owner === session.user.id);
  if (!isOwner) return null;
  return (
    <label class="choice">
      <input
        type="checkbox"
        checked={visit.fields.sharedWithTeam === true}
        onChange={(event) =>
          void services.engine.edit(
            'assessment',
            visit.id,
            { sharedWithTeam: event.currentTarget.checked },
            'Share with the team',
          )
        }
      />
      Shared with the team (any therapist of the organization may work on it)
    </label>
  );
}

export function VisitOverview({ data }: { data: VisitData }) {
  const { engine } = useServices();
  const isEditable = useIsVisitEditable();
  const { visit, checklist } = data;
  const progress =
    checklist === undefined ? undefined : visitProgress(data.rooms, checklist, data.findings);
  const target = continueTarget(data);
  const save = (field: string, value: string, label: string) =>
    void engine.edit('assessment', visit.id, { [field]: value }, label);
  return (
    <ScreenFrame title={`Visit: ${clientName(data)}`} pageTitle="Visit">
      <UndoBar />
      <section class="panel" aria-labelledby="visit-heading">
        <h2 id="visit-heading">Visit</h2>
        <p>
          {visitKindWords(visit.fields.setting, visit.fields.type)} ·{' '}
          {visit.fields.consentRecorded === true ? 'Consent recorded' : 'Consent not recorded'}
        </p>
        <VisitDetailsFields visit={visit} />
        <p class="hint">
          Checklist:{' '}
          {checklist === undefined
            ? `${String(visit.fields.checklistId)} version ${String(visit.fields.checklistVersion)} is not on this device`
            : `${checklist.title}, version ${checklist.version}`}
        </p>
        <VisitStandard data={data} />
        {progress !== undefined && (
          <p>
            <label>
              Progress: {progress.answered} of {progress.total} items, {progress.roomsDone} of{' '}
              {progress.roomsTotal} rooms
              <progress
                class="visit-progress"
                max={Math.max(progress.total, 1)}
                value={progress.answered}
              />
            </label>
          </p>
        )}
        <div class="actions">
          {target !== undefined && (
            <AppLink
              class="button button-primary"
              href={roomPath(visit.id, target.roomId, target.itemId)}
            >
              {isEditable ? 'Continue the walk' : 'Read the walk'}
            </AppLink>
          )}
          <AppLink class="button" href={`/visits/${visit.id}/plan`}>
            Floor plan
          </AppLink>
          <AppLink class="button" href={`/visits/${visit.id}/summary`}>
            Summary
          </AppLink>
          {visit.fields.type !== 'follow-up' && isEditable && <StartFollowUpButton data={data} />}
        </div>
        <TextField
          label="People present"
          value={
            Array.isArray(visit.fields.peoplePresent) ? visit.fields.peoplePresent.join(', ') : ''
          }
          onSave={(text) =>
            void engine.edit(
              'assessment',
              visit.id,
              {
                peoplePresent: text
                  .split(',')
                  .map((name) => name.trim())
                  .filter((name) => name !== ''),
              },
              'People present',
            )
          }
        />
        <TextField
          label="Visit notes"
          multiline
          value={visit.fields.summaryNotes ?? ''}
          onSave={(text) => save('summaryNotes', text, 'Visit notes')}
        />
        <FollowUpDueField data={data} />
        <ShareWithTeam data={data} />
      </section>
      {visit.fields.type === 'follow-up' && <FollowUpPanel data={data} />}
      <GoalsPanel data={data} />
      <MobilityPanel data={data} />
      <RoomsPanel data={data} />
      <VisitPropertyPanel visit={visit} />
      {data.baseline !== undefined && <OutcomesPanel data={data} baseline={data.baseline} />}
      <VisitCompletion data={data} />
    </ScreenFrame>
  );
}
