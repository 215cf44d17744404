// A client's profile: what changes the assessment, saved as it is typed.

import { DEVICE_KINDS, type DeviceKind } from '../../../domain/client-device';
import type { FieldValue } from '../../../domain/entities';
import type { RecordId } from '../../../domain/ids';
import { textField } from '../../../domain/record-view';
import { DEVICE_WORDS, PRONOUN_WORDS } from '../../../domain/words';
import { PhotoStrip } from '../photos/photo-strip';
import { useRecord } from '../records';
import { ScreenFrame } from '../screens/screen-frame';
import { useServices } from '../services';
import { TextField } from '../text-field';
import { ClientBirthDate } from './client-birth-date';
import { ClientFallRisk } from './client-fall-risk';
import { ClientFundingPanel } from './client-funding';
import { ClientHealthFields } from './client-health-fields';
import { ClientLimitations } from './client-limitations';
import { ClientMap } from './client-map';
import { LengthField } from './length-field';

export function ClientProfile({ id }: { id: RecordId }) {
  const services = useServices();
  const client = useRecord('client', id);
  if (client === undefined) return <ScreenFrame title="Client">Loading…</ScreenFrame>;
  if (client === null)
    return <ScreenFrame title="Client">This client is not on this device.</ScreenFrame>;
  const save = (field: string, value: FieldValue) =>
    void services.engine.edit('client', id, { [field]: value });
  const text = (field: string) => textField(client, field) ?? '';
  const title = text('name') === '' ? 'New client' : text('name');
  return (
    <ScreenFrame title={title} pageTitle="Client">
      <p class="hint">Changes are saved on this device as you type.</p>
      <section class="panel form" aria-label="Profile">
        <TextField label="Name" value={text('name')} onSave={(value) => save('name', value)} />
        <TextField
          label="Address"
          multiline
          value={text('address')}
          onSave={(value) => save('address', value)}
        />
        <ClientMap
          clientId={id}
          latitude={typeof client.fields.latitude === 'number' ? client.fields.latitude : undefined}
          longitude={
            typeof client.fields.longitude === 'number' ? client.fields.longitude : undefined
          }
          address={text('address')}
        />
        <label class="field">
          Pronouns (how the plain report speaks of the client)
          <select
            value={text('pronouns')}
            onChange={(event) => save('pronouns', event.currentTarget.value || null)}
          >
            <option value="">Not recorded: the report says they and them</option>
            {Object.entries(PRONOUN_WORDS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          Age group
          <select
            value={text('ageGroup') || 'adult'}
            onChange={(event) => save('ageGroup', event.currentTarget.value)}
          >
            <option value="adult">Adult</option>
            <option value="child">Child</option>
          </select>
        </label>
        <ClientBirthDate client={client} save={save} />
        <label class="field">
          Mobility device
          <select
            value={text('mobilityDevice') || 'none'}
            onChange={(event) => save('mobilityDevice', event.currentTarget.value as DeviceKind)}
          >
            {DEVICE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {DEVICE_WORDS[kind]}
              </option>
            ))}
          </select>
        </label>
        <LengthField
          label="Device width"
          valueMm={client.fields.deviceWidthMm}
          onSave={(mm) => save('deviceWidthMm', mm)}
        />
        <TextField
          label="Notes"
          multiline
          value={text('notes')}
          onSave={(value) => save('notes', value)}
        />
      </section>
      <ClientHealthFields client={client} save={save} />
      <ClientFallRisk client={client} save={save} />
      <ClientLimitations client={client} save={save} />
      <ClientFundingPanel client={client} save={save} />
      <PhotoStrip ownerEntity="client" ownerId={id} label={title} />
    </ScreenFrame>
  );
}
