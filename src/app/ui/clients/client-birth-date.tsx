// A client's date of birth, and for a child the age band it chooses for the children's figures.
import {
  type AGE_BANDS,
  ageBandOf,
  ageInYears,
  localCalendarDate,
} from '../../../domain/child-age';
import type { FieldValue } from '../../../domain/entities';
import { textField } from '../../../domain/record-view';
import type { Client } from '../../../domain/records';
import { useServices } from '../services';

const BAND_WORDS: Record<(typeof AGE_BANDS)[number]['id'], string> = {
  'ages-3-4': '3 and 4 years',
  'ages-5-8': '5 to 8 years',
  'ages-9-12': '9 to 12 years',
};

export function ClientBirthDate({
  client,
  save,
}: {
  client: Client;
  save: (field: string, value: FieldValue) => void;
}) {
  const services = useServices();
  const dateOfBirth = textField(client, 'dateOfBirth') ?? '';
  const age = ageInYears(dateOfBirth, localCalendarDate(new Date(services.now())));
  const band = ageBandOf(age);
  const isChild = textField(client, 'ageGroup') === 'child';
  return (
    <>
      <label class="field">
        Date of birth
        <input
          type="date"
          value={dateOfBirth}
          onChange={(event) => save('dateOfBirth', event.currentTarget.value || null)}
        />
      </label>
      {age !== undefined && (
        <p class="hint" role="status" aria-label="Age">
          Age {age}
          {isChild &&
            (band === undefined
              ? ': outside the ADA children’s figures (3 to 12 years); choose figures by hand.'
              : `: children’s reach and toilet figures for ${BAND_WORDS[band]}.`)}
        </p>
      )}
    </>
  );
}
