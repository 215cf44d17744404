// The client's goals: the activities that matter to them, each rated 1 to 10 for performance and
// satisfaction (the visit starts here); at a follow-up, re-rated beside the baseline ratings.

import { ACTIVITIES, type Activity } from '../../../domain/checklist';
import type { FieldValue } from '../../../domain/entities';
import type { Goal } from '../../../domain/records';
import { ConfirmButton } from '../confirm-button';
import { useServices } from '../services';
import { TextField } from '../text-field';
import { GasGoalFields } from './gas-goal-fields';
import type { VisitData } from './use-visit';

export const ACTIVITY_NAMES: Record<Activity, string> = {
  bathing: 'Bathing and showering',
  toileting: 'Toileting',
  grooming: 'Grooming',
  dressing: 'Dressing',
  eating: 'Eating',
  cooking: 'Cooking and meals',
  'household-tasks': 'Household tasks',
  sleeping: 'Sleeping',
  'managing-medication': 'Managing medication',
  'getting-in-and-out': 'Getting in and out',
  'moving-about': 'Moving about',
  'emergency-response': 'Emergencies',
  working: 'Working',
  'school-work': 'School work',
  play: 'Play',
};

function Score({
  label,
  value,
  onSave,
}: {
  label: string;
  value: FieldValue | undefined;
  onSave: (score: number | null) => void;
}) {
  return (
    <label class="field score-field">
      {label}
      <input
        type="number"
        inputMode="numeric"
        min={1}
        max={10}
        value={typeof value === 'number' ? value : ''}
        onInput={(event) => {
          // Saved as typed: a score out of 1 to 10 or not whole is refused by the engine, which
          // says so at once, rather than dropped here without a word.
          const text = event.currentTarget.value;
          onSave(text === '' ? null : Number(text));
        }}
      />
    </label>
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
          value={goal.fields.performanceFollowUp}
          onSave={(score) => save('performanceFollowUp', score, 'Performance now')}
        />
        <Score
          label="Satisfaction now (1–10)"
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
              {ACTIVITY_NAMES[activity]}
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
            value={goal.fields.importance}
            onSave={(score) => save('importance', score, 'Importance score')}
          />
          <Score
            label="Performance (1–10)"
            value={goal.fields.performanceBaseline}
            onSave={(score) => save('performanceBaseline', score, 'Performance score')}
          />
          <Score
            label="Satisfaction (1–10)"
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
