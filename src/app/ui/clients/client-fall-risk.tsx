// The client's falls: the CDC STEADI key questions, the falls count, the therapist's grading and
// the fall risk they give, which raises fall-related barriers in every visit.
import type { FieldValue } from '../../../domain/entities';
import { type FallRiskLevel, fallRiskOf, STEADI_QUESTIONS } from '../../../domain/fall-risk';
import { readFieldNumber } from '../../../domain/number-entry';
import { textField } from '../../../domain/record-view';
import type { Client } from '../../../domain/records';
import { FALL_RISK_WORDS } from '../../../domain/words';
import { NumberField } from '../number-field';
import '../clinical/clinical.css';

const LEVEL_WORDS: Record<FallRiskLevel, string> = FALL_RISK_WORDS;

const yesNoValue = (value: FieldValue | undefined) =>
  value === true ? 'yes' : value === false ? 'no' : '';

export function ClientFallRisk({
  client,
  save,
}: {
  client: Client;
  save: (field: string, value: FieldValue) => void;
}) {
  const { fields } = client;
  const risk = fallRiskOf(client);
  return (
    <section class="panel form" aria-label="Falls">
      <h2>Falls</h2>
      <p class="hint">The CDC STEADI key questions; a yes to any of them screens at risk.</p>
      {STEADI_QUESTIONS.map(({ field, question }) => (
        <label class="field" key={field}>
          {question}
          <select
            value={yesNoValue(fields[field])}
            onChange={(event) => {
              const value = event.currentTarget.value;
              save(field, value === '' ? null : value === 'yes');
            }}
          >
            <option value="">Not asked</option>
            <option value="yes">Yes</option>
            <option value="no">No</option>
          </select>
        </label>
      ))}
      <NumberField
        label="Falls in the last 12 months"
        savedText={
          typeof fields.fallsInLast12Months === 'number' ? String(fields.fallsInLast12Months) : ''
        }
        onText={(typed) => {
          const entry = readFieldNumber('client', 'fallsInLast12Months', typed, 'the count');
          if (!entry.ok) return entry.message;
          save('fallsInLast12Months', entry.value);
          return undefined;
        }}
      />
      <label class="field">
        Fall risk graded after gait, strength and balance tests
        <select
          value={textField(client, 'fallRisk') ?? ''}
          onChange={(event) => save('fallRisk', event.currentTarget.value || null)}
        >
          <option value="">Not graded (use the screen)</option>
          {Object.entries(FALL_RISK_WORDS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <p class="fall-risk-result" role="status" aria-label="Fall risk">
        <strong>
          Fall risk: {risk.level === undefined ? 'not known' : LEVEL_WORDS[risk.level]}
        </strong>{' '}
        <span class="hint">{risk.basis}</span>
        {risk.level === 'high' && (
          <span class="hint">
            {' '}
            Fall-related barriers in this client's visits start at high severity.
          </span>
        )}
      </p>
    </section>
  );
}
