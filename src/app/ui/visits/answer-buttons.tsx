// OK / Barrier / Not applicable: three large buttons, one pressed.

export type AnswerValue = 'ok' | 'barrier' | 'na';

const ANSWERS: { value: AnswerValue; label: string }[] = [
  { value: 'ok', label: 'OK' },
  { value: 'barrier', label: 'Barrier' },
  { value: 'na', label: 'Not applicable' },
];

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
