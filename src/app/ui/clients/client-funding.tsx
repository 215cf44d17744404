// What funders ask about the client, recorded once on the profile: the funding scheme and
// reference, nominee and plan manager, and who owns the home (the funder templates read them).
import type { FieldValue } from '../../../domain/entities';
import {
  FUNDING_SCHEME_WORDS,
  FUNDING_SCHEMES,
  HOME_OWNERSHIP_WORDS,
  HOME_OWNERSHIPS,
} from '../../../domain/funding-vocabulary';
import type { Client } from '../../../domain/records';
import { CodeSelect } from '../code-select';
import { TextField } from '../text-field';

type Save = (field: string, value: FieldValue) => void;

/** The client's funding and who owns the home. */
export function ClientFundingPanel({ client, save }: { client: Client; save: Save }) {
  const { fields } = client;
  return (
    <section class="panel form" aria-labelledby="client-funding-heading">
      <h2 id="client-funding-heading">Funding and home</h2>
      <CodeSelect
        label="Funding scheme"
        value={fields.fundingScheme}
        codes={FUNDING_SCHEMES}
        words={FUNDING_SCHEME_WORDS}
        onSave={(code) => save('fundingScheme', code)}
      />
      <TextField
        label="Participant or reference number"
        value={fields.fundingReference ?? ''}
        onSave={(text) => save('fundingReference', text.trim() === '' ? null : text)}
      />
      <TextField
        label="Nominee"
        value={fields.nomineeName ?? ''}
        onSave={(text) => save('nomineeName', text.trim() === '' ? null : text)}
      />
      <TextField
        label="Plan manager"
        value={fields.planManager ?? ''}
        onSave={(text) => save('planManager', text.trim() === '' ? null : text)}
      />
      <CodeSelect
        label="Who owns the home"
        value={fields.homeOwnership}
        codes={HOME_OWNERSHIPS}
        words={HOME_OWNERSHIP_WORDS}
        onSave={(code) => save('homeOwnership', code)}
      />
      {fields.homeOwnership !== undefined && fields.homeOwnership !== 'owner-occupier' && (
        <TextField
          label="Owner's name"
          value={fields.ownerName ?? ''}
          onSave={(text) => save('ownerName', text.trim() === '' ? null : text)}
        />
      )}
    </section>
  );
}
