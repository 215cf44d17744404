// The client's falls: the CDC STEADI key questions, the falls count, the therapist's grading and
// the fall risk they give, which raises fall-related barriers in every visit.
import type { FieldValue } from '../../../domain/entities';
import { type FallRiskLevel, fallRiskOf, STEADI_QUESTIONS } from '../../../domain/fall-risk';
import { textField } from '../../../domain/record-view';
import type { Client } from '../../../domain/records';
import '../clinical/clinical.css';

const LEVEL_WORDS: Record<FallRiskLevel, string> = {
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
};

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
      <label class="field">
        Falls in the last 12 months
        <input
          type="number"
          inputMode="numeric"
          min={0}
          value={typeof fields.fallsInLast12Months === 'number' ? fields.fallsInLast12Months : ''}
          onInput={(event) => {
            const count = Number.parseInt(event.currentTarget.value, 10);
            save('fallsInLast12Months', Number.isInteger(count) && count >= 0 ? count : null);
          }}
        />
      </label>
      <label class="field">
        Fall risk graded after gait, strength and balance tests
        <select
          value={textField(client, 'fallRisk') ?? ''}
          onChange={(event) => save('fallRisk', event.currentTarget.value || null)}
        >
          <option value="">Not graded (use the screen)</option>
          <option value="low">Low</option>
          <option value="moderate">Moderate</option>
          <option value="high">High</option>
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
