// A goal's attainment scale (GAS): at baseline the five outcomes are written, -2 to +2 with the
// expected outcome at 0, and the level the client starts at; at follow-up the level reached is
// marked against those words, with who rated it.

import type { FieldValue } from '../../../domain/entities';
import { GAS_LEVEL_FIELDS, GAS_LEVELS, GAS_RATERS, type GasLevel } from '../../../domain/gas';
import type { Goal } from '../../../domain/records';
import { GAS_RATER_WORDS } from '../../../domain/words';
import { TextField } from '../text-field';
import './gas-goal-fields.css';

type Save = (field: string, value: FieldValue, label: string) => void;

/** Each level's name, in the scale's usual wording (Turner-Stokes 2009). */
export const GAS_LEVEL_NAMES: Record<`${GasLevel}`, string> = {
  '-2': '−2 much less than expected',
  '-1': '−1 somewhat less than expected',
  '0': '0 expected outcome',
  '1': '+1 somewhat more than expected',
  '2': '+2 much more than expected',
};

const levelKey = (level: GasLevel) => String(level) as `${GasLevel}`;

function LevelSelect({
  label,
  value,
  levels,
  labelOf,
  onSave,
}: {
  label: string;
  value: number | undefined;
  levels: readonly GasLevel[];
  labelOf: (level: GasLevel) => string;
  onSave: (level: number | null) => void;
}) {
  return (
    <label class="field">
      {label}
      <select
        value={value === undefined ? '' : String(value)}
        onChange={(event) => {
          const text = event.currentTarget.value;
          onSave(text === '' ? null : Number(text));
        }}
      >
        <option value="">Not marked</option>
        {levels.map((level) => (
          <option key={level} value={String(level)}>
            {labelOf(level)}
          </option>
        ))}
      </select>
    </label>
  );
}

function RaterSelect({ goal, save }: { goal: Goal; save: Save }) {
  return (
    <label class="field">
      Rated by
      <select
        value={goal.fields.gasRatedBy ?? ''}
        onChange={(event) => {
          const text = event.currentTarget.value;
          save('gasRatedBy', text === '' ? null : text, 'GAS rated by');
        }}
      >
        <option value="">Choose</option>
        {GAS_RATERS.map((rater) => (
          <option key={rater} value={rater}>
            {GAS_RATER_WORDS[rater]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** At baseline: the five outcomes in the therapist's words and the level the client starts at. */
function BaselineScale({ goal, save }: { goal: Goal; save: Save }) {
  return (
    <>
      {[...GAS_LEVELS].reverse().map((level) => {
        const field = GAS_LEVEL_FIELDS[levelKey(level)];
        return (
          <TextField
            key={field}
            label={`Outcome ${GAS_LEVEL_NAMES[levelKey(level)]}`}
            value={goal.fields[field] ?? ''}
            onSave={(text) => save(field, text, 'GAS outcome')}
          />
        );
      })}
      <LevelSelect
        label="Level now, at baseline"
        value={goal.fields.gasBaselineLevel}
        levels={[-2, -1]}
        labelOf={(level) => GAS_LEVEL_NAMES[levelKey(level)]}
        onSave={(level) => save('gasBaselineLevel', level, 'GAS baseline level')}
      />
    </>
  );
}

/** At follow-up: the level reached, chosen among the outcomes written at baseline. */
function FollowUpScale({ goal, save }: { goal: Goal; save: Save }) {
  const labelOf = (level: GasLevel) => {
    const words = goal.fields[GAS_LEVEL_FIELDS[levelKey(level)]];
    return words === undefined || words === ''
      ? GAS_LEVEL_NAMES[levelKey(level)]
      : `${GAS_LEVEL_NAMES[levelKey(level)]}: ${words}`;
  };
  return (
    <LevelSelect
      label="Level reached"
      value={goal.fields.gasLevel}
      levels={GAS_LEVELS}
      labelOf={labelOf}
      onSave={(level) => save('gasLevel', level, 'GAS level reached')}
    />
  );
}

export function GasGoalFields({ goal, save }: { goal: Goal; save: Save }) {
  const isFollowUp = typeof goal.fields.baselineGoalId === 'string';
  return (
    <fieldset class="gas-scale">
      <legend>Goal attainment scale</legend>
      <p class="hint">
        {isFollowUp
          ? 'Mark the outcome reached, written at the baseline visit.'
          : 'Describe five outcomes the client could reach by the follow-up, the expected one at 0.'}
      </p>
      {isFollowUp ? (
        <FollowUpScale goal={goal} save={save} />
      ) : (
        <BaselineScale goal={goal} save={save} />
      )}
      <RaterSelect goal={goal} save={save} />
    </fieldset>
  );
}
