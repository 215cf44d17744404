// OK / Barrier / Not applicable: three large buttons, one pressed.
import { ANSWER_WORDS } from '../../../domain/words';

export type AnswerValue = 'ok' | 'barrier' | 'na';

const ANSWERS: { value: AnswerValue; label: string }[] = (['ok', 'barrier', 'na'] as const).map(
  (value) => ({ value, label: ANSWER_WORDS[value] }),
);

export function AnswerButtons({
  value,
  onChoose,
}: {
  value: AnswerValue | undefined;
  onChoose: (answer: AnswerValue) => void;
}) {
  return (
    <fieldset class="answer-buttons">
      <legend class="visually-hidden">Answer</legend>
      {ANSWERS.map((answer) => (
        <button
          key={answer.value}
          type="button"
          class={`answer answer-${answer.value}`}
          aria-pressed={value === answer.value}
          onClick={() => onChoose(answer.value)}
        >
          {answer.label}
        </button>
      ))}
    </fieldset>
  );
}
