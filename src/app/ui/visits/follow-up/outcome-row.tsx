// One baseline recommendation at follow-up: installed and used, installed and not used, or not
// done, and why.

import { useEffect, useState } from 'preact/hooks';
import { type FieldValues, INTERVENTION_OUTCOMES } from '../../../../domain/entities';
import { outcomeRecordFields, outcomeRecordId } from '../../../../domain/follow-up-plan';
import type { RecordId } from '../../../../domain/ids';
import type { Intervention } from '../../../../domain/records';
import { OUTCOME_WORDS, recommendationKind } from '../../../../domain/words';
import { useServices } from '../../services';
import { TextField } from '../../text-field';
import './follow-up.css';

interface OutcomeRowProps {
  followUpId: RecordId;
  /** The baseline's recommendation. */
  recommendation: Intervention;
  /** The follow-up's record of its outcome; made on the first answer when missing. */
  record: Intervention | undefined;
  /** Where it was recommended (room and item), when known. */
  context: string | undefined;
}

export function OutcomeRow({ followUpId, recommendation, record, context }: OutcomeRowProps) {
  const { engine } = useServices();
  const title = recommendation.fields.title ?? 'Recommendation';
  const save = (set: FieldValues, label: string) =>
    void engine.edit(
      'intervention',
      record?.id ?? outcomeRecordId(followUpId, recommendation.id),
      record === undefined ? { ...outcomeRecordFields(followUpId, recommendation), ...set } : set,
      label,
    );
  const kind = recommendationKind(recommendation.fields.category);
  const stored = record?.fields.outcome;
  // Shown at once when chosen; the saved value (or one arriving by sync) replaces it when read.
  const [outcome, setOutcome] = useState(stored);
  useEffect(() => setOutcome(stored), [stored]);
  return (
    <li class="card outcome-row">
      <fieldset class="outcome-fieldset">
        <legend>{title}</legend>
        {context !== undefined && <p class="hint outcome-context">{context}</p>}
        <div class="outcome-choices">
          {INTERVENTION_OUTCOMES.map((value) => (
            <label key={value} class="choice outcome-choice">
              <input
                type="radio"
                name={`outcome-${recommendation.id}`}
                value={value}
                checked={outcome === value}
                onChange={() => {
                  setOutcome(value);
                  save({ outcome: value }, `Outcome of ${title}`);
                }}
              />
              {OUTCOME_WORDS[kind][value]}
            </label>
          ))}
        </div>
        <TextField
          label="Why"
          multiline
          value={record?.fields.outcomeNotes ?? ''}
          onSave={(text) => save({ outcomeNotes: text }, `Why: ${title}`)}
        />
      </fieldset>
    </li>
  );
}
