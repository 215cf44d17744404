// What funders ask about the home at this visit: the owner's consent to the works, how the house
// is built, prior modifications and work health and safety issues (the funder templates read them).
import type { FieldValue } from '../../../domain/entities';
import {
  CONSTRUCTION_FLOORS,
  CONSTRUCTION_FRAMES,
  CONSTRUCTION_WALLS,
  CONSTRUCTION_WORDS,
  OWNER_CONSENT_WORDS,
  OWNER_CONSENTS,
} from '../../../domain/funding-vocabulary';
import type { Assessment } from '../../../domain/records';
import { CodeSelect } from '../code-select';
import { useServices } from '../services';
import { TextField } from '../text-field';
import { useIsVisitEditable } from './visit-lock';

/** The owner's consent to the works and how the house is built. */
export function VisitPropertyPanel({ visit }: { visit: Assessment }) {
  const { engine } = useServices();
  const isEditable = useIsVisitEditable();
  const { fields } = visit;
  const save = (field: string, value: FieldValue, label: string) =>
    void engine.edit('assessment', visit.id, { [field]: value }, label);
  const optionalText = (text: string) => (text.trim() === '' ? null : text);
  return (
    <section class="panel form" aria-labelledby="visit-property-heading">
      <h2 id="visit-property-heading">Property and consent to works</h2>
      <CodeSelect
        label="Owner's consent to the works"
        value={fields.ownerConsent}
        codes={OWNER_CONSENTS}
        words={OWNER_CONSENT_WORDS}
        disabled={!isEditable}
        onSave={(code) => save('ownerConsent', code, "Owner's consent")}
      />
      <CodeSelect
        label="Frame"
        value={fields.constructionFrame}
        codes={CONSTRUCTION_FRAMES}
        words={CONSTRUCTION_WORDS}
        disabled={!isEditable}
        onSave={(code) => save('constructionFrame', code, 'Construction')}
      />
      <CodeSelect
        label="Walls"
        value={fields.constructionWalls}
        codes={CONSTRUCTION_WALLS}
        words={CONSTRUCTION_WORDS}
        disabled={!isEditable}
        onSave={(code) => save('constructionWalls', code, 'Construction')}
      />
      <CodeSelect
        label="Floors"
        value={fields.constructionFloors}
        codes={CONSTRUCTION_FLOORS}
        words={CONSTRUCTION_WORDS}
        disabled={!isEditable}
        onSave={(code) => save('constructionFloors', code, 'Construction')}
      />
      <TextField
        label="Prior modifications"
        multiline
        value={fields.priorModifications ?? ''}
        onSave={(text) => save('priorModifications', optionalText(text), 'Prior modifications')}
      />
      <TextField
        label="Work health and safety issues"
        multiline
        value={fields.whsIssues ?? ''}
        onSave={(text) => save('whsIssues', optionalText(text), 'WHS issues')}
      />
    </section>
  );
}
