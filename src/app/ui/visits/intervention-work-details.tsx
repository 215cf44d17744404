// A recommendation's details for funders and builders, folded away until wanted: how often it will
// be used, where it goes, a rail's length and height from the finished floor, the work's dates
// and whether the materials were donated.
import type { FieldValue } from '../../../domain/entities';
import { USE_FREQUENCIES, USE_FREQUENCY_WORDS } from '../../../domain/funding-vocabulary';
import type { Intervention } from '../../../domain/records';
import { LengthField } from '../clients/length-field';
import { CodeSelect } from '../code-select';
import { TextField } from '../text-field';
import './intervention-work-details.css';

export function InterventionWorkDetails({
  intervention,
  save,
}: {
  intervention: Intervention;
  save: (field: string, value: FieldValue, label: string) => void;
}) {
  const { fields } = intervention;
  const title = fields.title ?? 'Recommendation';
  const orNull = (text: string) => (text.trim() === '' ? null : text);
  return (
    <details class="intervention-work-details">
      <summary>Details for funders and builders</summary>
      <CodeSelect
        label="How often it will be used"
        value={fields.frequencyOfUse}
        codes={USE_FREQUENCIES}
        words={USE_FREQUENCY_WORDS}
        onSave={(code) => save('frequencyOfUse', code, `How often ${title} is used`)}
      />
      <TextField
        label="Where it goes"
        value={fields.location ?? ''}
        onSave={(text) => save('location', orNull(text), `Where ${title} goes`)}
      />
      <LengthField
        label="Length"
        valueMm={fields.lengthMm}
        onSave={(mm) => save('lengthMm', mm, `Length of ${title}`)}
      />
      <LengthField
        label="Height from the finished floor"
        valueMm={fields.heightMm}
        onSave={(mm) => save('heightMm', mm, `Height of ${title}`)}
      />
      <label class="field">
        Start date
        <input
          type="date"
          value={fields.startDate ?? ''}
          onChange={(event) =>
            save('startDate', orNull(event.currentTarget.value), `Start of ${title}`)
          }
        />
      </label>
      <label class="field">
        Completion date
        <input
          type="date"
          value={fields.completionDate ?? ''}
          onChange={(event) =>
            save('completionDate', orNull(event.currentTarget.value), `Completion of ${title}`)
          }
        />
      </label>
      <label class="choice">
        <input
          type="checkbox"
          checked={fields.donated === true}
          onChange={(event) =>
            save('donated', event.currentTarget.checked, `Donated materials for ${title}`)
          }
        />
        Materials donated (listed at no cost)
      </label>
    </details>
  );
}
