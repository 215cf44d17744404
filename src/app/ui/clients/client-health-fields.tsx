// The parts of a client's profile that change an assessment: device sizes, transfers,
// conditions, precautions, senses and cognition, and who they live with.

import type { FieldValue } from '../../../domain/entities';
import { textField } from '../../../domain/record-view';
import type { Client } from '../../../domain/records';
import { TRANSFER_WORDS } from '../../../domain/words';
import { TextField } from '../text-field';
import { LengthField } from './length-field';

const listText = (value: FieldValue | undefined) => (Array.isArray(value) ? value.join(', ') : '');
const toList = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

export function ClientHealthFields({
  client,
  save,
}: {
  client: Client;
  save: (field: string, value: FieldValue) => void;
}) {
  const { fields } = client;
  const text = (field: string) => textField(client, field) ?? '';
  return (
    <section class="panel form" aria-label="Health and safety">
      <h2>Health and safety</h2>
      <LengthField
        label="Device length"
        valueMm={fields.deviceLengthMm}
        onSave={(mm) => save('deviceLengthMm', mm)}
      />
      <LengthField
        label="Seat height"
        valueMm={fields.seatHeightMm}
        onSave={(mm) => save('seatHeightMm', mm)}
      />
      <LengthField
        label="Turning circle"
        valueMm={fields.turningDiameterMm}
        onSave={(mm) => save('turningDiameterMm', mm)}
      />
      <label class="field">
        Transfers
        <select
          value={text('transferMethod')}
          onChange={(event) => save('transferMethod', event.currentTarget.value || null)}
        >
          <option value="">Not assessed</option>
          {Object.entries(TRANSFER_WORDS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <TextField
        label="Conditions (separated by commas)"
        value={listText(fields.conditions)}
        onSave={(value) => save('conditions', toList(value))}
      />
      <TextField
        label="Precautions (separated by commas)"
        value={listText(fields.precautions)}
        onSave={(value) => save('precautions', toList(value))}
      />
      <TextField
        label="Vision"
        multiline
        value={text('visionNotes')}
        onSave={(value) => save('visionNotes', value)}
      />
      <TextField
        label="Hearing"
        multiline
        value={text('hearingNotes')}
        onSave={(value) => save('hearingNotes', value)}
      />
      <TextField
        label="Cognition"
        multiline
        value={text('cognitionNotes')}
        onSave={(value) => save('cognitionNotes', value)}
      />
      <TextField
        label="Lives with"
        value={text('livesWith')}
        onSave={(value) => save('livesWith', value)}
      />
    </section>
  );
}
