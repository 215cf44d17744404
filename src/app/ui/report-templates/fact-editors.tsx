// Records, right where a template report lists it as missing, what the funder needs: each
// control saves its field on the client, the visit or the recommendation at once.
import { useState } from 'preact/hooks';
import type { EntityName, FieldValues } from '../../../domain/entities';
import {
  CONSTRUCTION_FLOORS,
  CONSTRUCTION_FRAMES,
  CONSTRUCTION_WALLS,
  CONSTRUCTION_WORDS,
  FUNDING_SCHEME_WORDS,
  FUNDING_SCHEMES,
  HOME_OWNERSHIP_WORDS,
  HOME_OWNERSHIPS,
  OWNER_CONSENT_WORDS,
  OWNER_CONSENTS,
  USE_FREQUENCIES,
  USE_FREQUENCY_WORDS,
} from '../../../domain/funding-vocabulary';
import type { RecordId } from '../../../domain/ids';
import type { MissingInformation } from '../../../domain/report-template-facts';
import { LengthField } from '../clients/length-field';
import { useServices } from '../services';
import type { VisitData } from '../visits/use-visit';

type Save = (entity: EntityName, id: RecordId, set: FieldValues, label: string) => void;

function Choice({
  label,
  options,
  words,
  onChoose,
}: {
  label: string;
  options: readonly string[];
  words: Readonly<Record<string, string>>;
  onChoose: (value: string) => void;
}) {
  return (
    <label class="field">
      {label}
      <select
        value=""
        onChange={(event) => {
          const { value } = event.currentTarget;
          if (value !== '') onChoose(value);
        }}
      >
        <option value="">Choose…</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {words[option] ?? option}
          </option>
        ))}
      </select>
    </label>
  );
}

function TextEntry({
  label,
  multiline = false,
  type = 'text',
  onSave,
}: {
  label: string;
  multiline?: boolean;
  type?: 'text' | 'date';
  onSave: (value: string) => void;
}) {
  const [text, setText] = useState('');
  const save = (event: Event) => {
    event.preventDefault();
    if (text.trim() !== '') onSave(text.trim());
  };
  return (
    <form class="template-fact-form" onSubmit={save}>
      {multiline ? (
        <label class="field">
          {label}
          <textarea rows={2} value={text} onInput={(event) => setText(event.currentTarget.value)} />
        </label>
      ) : type === 'date' ? (
        <label class="field">
          {label}
          <input type="date" value={text} onInput={(event) => setText(event.currentTarget.value)} />
        </label>
      ) : (
        <label class="field">
          {label}
          <input value={text} onInput={(event) => setText(event.currentTarget.value)} />
        </label>
      )}
      <button
        type="submit"
        class="button"
        disabled={text.trim() === ''}
        aria-label={`Save ${label.charAt(0).toLowerCase()}${label.slice(1)}`}
      >
        Save
      </button>
    </form>
  );
}

/** The control that records one missing piece of information, or a link-only hint. */
export function FactEditor({ missing, data }: { missing: MissingInformation; data: VisitData }) {
  const services = useServices();
  const [error, setError] = useState<string | undefined>(undefined);
  const save: Save = (entity, id, set, label) => {
    setError(undefined);
    services.engine.edit(entity, id, set, label).catch((caught: unknown) => {
      setError(caught instanceof Error ? caught.message : String(caught));
    });
  };
  const editor = editorFor(missing, data, save);
  if (editor === undefined) return null;
  return (
    <div class="template-fact-editor">
      {editor}
      {error !== undefined && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function editorFor(missing: MissingInformation, data: VisitData, save: Save) {
  const client = data.client;
  const visit = data.visit;
  const onClient = (set: FieldValues, label: string) =>
    client === undefined ? undefined : save('client', client.id, set, label);
  const onVisit = (set: FieldValues, label: string) => save('assessment', visit.id, set, label);
  const onRecommendation = (set: FieldValues, label: string) =>
    missing.recordId === undefined
      ? undefined
      : save('intervention', missing.recordId as RecordId, set, label);
  switch (missing.fact) {
    case 'date-of-birth':
      return client === undefined ? undefined : (
        <TextEntry
          label="Date of birth"
          type="date"
          onSave={(value) => onClient({ dateOfBirth: value }, 'Date of birth')}
        />
      );
    case 'conditions':
      return client === undefined ? undefined : (
        <TextEntry
          label="Diagnosis and conditions (separate with commas)"
          onSave={(value) =>
            onClient(
              {
                conditions: value
                  .split(',')
                  .map((part) => part.trim())
                  .filter((part) => part !== ''),
              },
              'Conditions',
            )
          }
        />
      );
    case 'consent':
      return (
        <button
          type="button"
          class="button"
          onClick={() => onVisit({ consentRecorded: true }, 'Consent recorded')}
        >
          Record that consent was given
        </button>
      );
    case 'funding-scheme':
      return (
        <Choice
          label="Funding scheme"
          options={FUNDING_SCHEMES}
          words={FUNDING_SCHEME_WORDS}
          onChoose={(value) => onClient({ fundingScheme: value }, 'Funding scheme')}
        />
      );
    case 'funding-reference':
      return (
        <TextEntry
          label="Participant or reference number"
          onSave={(value) => onClient({ fundingReference: value }, 'Reference number')}
        />
      );
    case 'home-ownership':
      return (
        <Choice
          label="Who owns the home"
          options={HOME_OWNERSHIPS}
          words={HOME_OWNERSHIP_WORDS}
          onChoose={(value) => onClient({ homeOwnership: value }, 'Home ownership')}
        />
      );
    case 'owner-consent':
      return (
        <Choice
          label="Owner's consent to the works"
          options={OWNER_CONSENTS}
          words={OWNER_CONSENT_WORDS}
          onChoose={(value) => onVisit({ ownerConsent: value }, "Owner's consent")}
        />
      );
    case 'property-construction':
      return (
        <div class="template-fact-row">
          {visit.fields.constructionFrame === undefined && (
            <Choice
              label="Frame"
              options={CONSTRUCTION_FRAMES}
              words={CONSTRUCTION_WORDS}
              onChoose={(value) => onVisit({ constructionFrame: value }, 'Construction')}
            />
          )}
          {visit.fields.constructionWalls === undefined && (
            <Choice
              label="Walls"
              options={CONSTRUCTION_WALLS}
              words={CONSTRUCTION_WORDS}
              onChoose={(value) => onVisit({ constructionWalls: value }, 'Construction')}
            />
          )}
          {visit.fields.constructionFloors === undefined && (
            <Choice
              label="Floors"
              options={CONSTRUCTION_FLOORS}
              words={CONSTRUCTION_WORDS}
              onChoose={(value) => onVisit({ constructionFloors: value }, 'Construction')}
            />
          )}
        </div>
      );
    case 'prior-modifications':
      return (
        <TextEntry
          label="Prior modifications"
          multiline
          onSave={(value) => onVisit({ priorModifications: value }, 'Prior modifications')}
        />
      );
    case 'whs-issues':
      return (
        <TextEntry
          label="Work health and safety issues"
          multiline
          onSave={(value) => onVisit({ whsIssues: value }, 'WHS issues')}
        />
      );
    case 'frequency-of-use':
      return (
        <Choice
          label="How often it will be used"
          options={USE_FREQUENCIES}
          words={USE_FREQUENCY_WORDS}
          onChoose={(value) => onRecommendation({ frequencyOfUse: value }, 'Frequency of use')}
        />
      );
    case 'task-location':
      return (
        <TextEntry
          label="Where it goes in the room"
          onSave={(value) => onRecommendation({ location: value }, 'Location')}
        />
      );
    case 'rail-dimensions':
      return (
        <div class="template-fact-row">
          <LengthField
            label="Rail length"
            valueMm={undefined}
            onSave={(mm) => onRecommendation({ lengthMm: mm }, 'Rail length')}
          />
          <LengthField
            label="Height from the finished floor"
            valueMm={undefined}
            onSave={(mm) => onRecommendation({ heightMm: mm }, 'Rail height')}
          />
        </div>
      );
    case 'task-dates': {
      const field = missing.field === 'completionDate' ? 'completionDate' : 'startDate';
      return (
        <TextEntry
          label={field === 'startDate' ? 'Start date' : 'Completion date'}
          type="date"
          onSave={(value) => onRecommendation({ [field]: value }, 'Work dates')}
        />
      );
    }
    default:
      return undefined;
  }
}
