// The client's goals: the activities that matter to them, each rated 1 to 10 for performance and
// satisfaction (the visit starts here); at a follow-up, re-rated beside the baseline ratings.
import { ACTIVITIES } from '../../../domain/checklist';
import type { FieldValue } from '../../../domain/entities';
import { readFieldNumber } from '../../../domain/number-entry';
import type { Goal } from '../../../domain/records';
import { ACTIVITY_WORDS } from '../../../domain/words';
import { ConfirmButton } from '../confirm-button';
import { NumberField } from '../number-field';
import { useServices } from '../services';
import { TextField } from '../text-field';
import { GasGoalFields } from './gas-goal-fields';
import type { VisitData } from './use-visit';

function Score({
  label,
  field,
  value,
  onSave,
}: {
  label: string;
  field: string;
  value: FieldValue | undefined;
  onSave: (score: number | null) => void;
}) {
  return (
    <NumberField
      label={label}
      extraClass="score-field"
      savedText={typeof value === 'number' ? String(value) : ''}
      onText={(text) => {
        const entry = readFieldNumber('goal', field, text, 'a rating');
        if (!entry.ok) return entry.message;
        onSave(entry.value);
        return undefined;
      }}
    />
  );
}

const ratingText = (value: FieldValue | undefined) =>
  typeof value === 'number' ? `${value} of 10` : 'not rated';

/** A goal carried over from the baseline: its baseline ratings, and the ratings now. */
function FollowUpScores({
  goal,
  save,
}: {
  goal: Goal;
  save: (field: string, value: FieldValue, label: string) => void;
}) {
  return (
    <>
      <p class="hint">
        At baseline: performance {ratingText(goal.fields.performanceBaseline)}, satisfaction{' '}
        {ratingText(goal.fields.satisfactionBaseline)}.
      </p>
      <div class="score-row">
        <Score
          label="Performance now (1–10)"
          field="performanceFollowUp"
          value={goal.fields.performanceFollowUp}
          onSave={(score) => save('performanceFollowUp', score, 'Performance now')}
        />
        <Score
          label="Satisfaction now (1–10)"
          field="satisfactionFollowUp"
          value={goal.fields.satisfactionFollowUp}
          onSave={(score) => save('satisfactionFollowUp', score, 'Satisfaction now')}
        />
      </div>
    </>
  );
}

function GoalRow({ goal, index }: { goal: Goal; index: number }) {
  const { engine } = useServices();
  const save = (field: string, value: FieldValue, label: string) =>
    void engine.edit('goal', goal.id, { [field]: value }, label);
  return (
    <li class="card goal" aria-label={`Goal ${index + 1}`}>
      <TextField
        label="Activity that matters to the client"
        value={goal.fields.activity ?? ''}
        onSave={(value) => save('activity', value, 'Goal activity')}
      />
      <label class="field">
        Kind of activity
        <select
          value={goal.fields.activityKind ?? ''}
          onChange={(event) => save('activityKind', event.currentTarget.value, 'Goal kind')}
        >
          <option value="">Choose</option>
          {ACTIVITIES.map((activity) => (
            <option key={activity} value={activity}>
              {ACTIVITY_WORDS[activity]}
            </option>
          ))}
        </select>
      </label>
      {typeof goal.fields.baselineGoalId === 'string' ? (
        <FollowUpScores goal={goal} save={save} />
      ) : (
        <div class="score-row">
          <Score
            label="Importance to the client (1–10)"
            field="importance"
            value={goal.fields.importance}
            onSave={(score) => save('importance', score, 'Importance score')}
          />
          <Score
            label="Performance (1–10)"
            field="performanceBaseline"
            value={goal.fields.performanceBaseline}
            onSave={(score) => save('performanceBaseline', score, 'Performance score')}
          />
          <Score
            label="Satisfaction (1–10)"
            field="satisfactionBaseline"
            value={goal.fields.satisfactionBaseline}
            onSave={(score) => save('satisfactionBaseline', score, 'Satisfaction score')}
          />
        </div>
      )}
      <GasGoalFields goal={goal} save={save} />
      <ConfirmButton
        question={`Remove the goal ${goal.fields.activity ? `“${goal.fields.activity}”` : ''} and its ratings?`}
        confirm="Yes, remove"
        onConfirm={() => save('deleted', true, 'Remove goal')}
      >
        Remove goal
      </ConfirmButton>
    </li>
  );
}

export function GoalsPanel({ data }: { data: VisitData }) {
  const services = useServices();
  const add = () =>
    void services.engine.edit(
      'goal',
      services.newId(),
      {
        assessmentId: data.visit.id,
        activity: '',
        order: data.goals.length,
        ...(typeof data.visit.fields.clientId === 'string'
          ? { clientId: data.visit.fields.clientId }
          : {}),
      },
      'New goal',
    );
  return (
    <section class="panel" aria-labelledby="goals-heading">
      <h2 id="goals-heading">Goals</h2>
      <p class="hint">
        The activities that matter to the client: how important each is to them, and their
        performance and satisfaction, rated 1 (cannot do / not satisfied) to 10 (does well / very
        satisfied).
      </p>
      <ul class="plain-list">
        {data.goals.map((goal, index) => (
          <GoalRow key={goal.id} goal={goal} index={index} />
        ))}
      </ul>
      <button type="button" class="button" onClick={add}>
        Add goal
      </button>
    </section>
  );
}
