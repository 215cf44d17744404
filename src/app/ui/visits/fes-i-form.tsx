// The Short FES-I (Kempen et al. 2008): concern about falling in seven activities, each answered
// 1 to 4, saved with its total once all seven are answered. Items are named by number and activity
// in our own words (see mobility-measures.ts for the terms of use).
import { useEffect, useState } from 'preact/hooks';
import {
  FES_I_ANSWER_MAX,
  FES_I_ANSWER_MIN,
  FES_I_ITEMS,
  fesITotal,
} from '../../../domain/mobility-measures';
import type { Assessment } from '../../../domain/records';
import { FormMessages } from '../form-messages';
import { type SaveOutcome, useMeasureSave } from './measure-save';

const ANSWERS = [1, 2, 3, 4] as const;
const ANSWER_WORDS: Record<(typeof ANSWERS)[number], string> = {
  1: '1 (least)',
  2: '2',
  3: '3',
  4: '4 (most)',
};

const storedAnswers = (visit: Assessment) => FES_I_ITEMS.map((item) => visit.fields[item.field]);

export function FesIForm({ visit }: { visit: Assessment }) {
  const save = useMeasureSave(visit);
  const [answers, setAnswers] = useState<(number | undefined)[]>(storedAnswers(visit));
  const [outcome, setOutcome] = useState<SaveOutcome>({});
  const stored = storedAnswers(visit).join(',');
  // The stored answers, joined, are what the form follows when another device changes them.
  useEffect(
    () => setAnswers(stored.split(',').map((text) => (text === '' ? undefined : Number(text)))),
    [stored],
  );
  const total = fesITotal(answers);
  const answered = answers.filter((answer) => answer !== undefined).length;
  const choose = (index: number, answer: number) =>
    setAnswers((current) => current.map((value, at) => (at === index ? answer : value)));
  const submit = async (event: Event) => {
    event.preventDefault();
    if (total === undefined) {
      const missing = FES_I_ITEMS.filter((_, index) => answers[index] === undefined);
      setOutcome({
        error: `Answer every item ${FES_I_ANSWER_MIN} to ${FES_I_ANSWER_MAX} before saving; not answered: ${missing.map((item) => item.label.split('.')[0]).join(', ')}.`,
      });
      return;
    }
    const set = Object.fromEntries(
      FES_I_ITEMS.map((item, index) => [item.field, answers[index] ?? null]),
    );
    setOutcome(
      await save({ ...set, fesTotal: total }, 'Short FES-I', `Saved: total ${total} of 28.`),
    );
  };
  return (
    <form class="measure-form" aria-labelledby="fes-i-heading" onSubmit={submit}>
      <h3 id="fes-i-heading">Concern about falling (Short FES-I)</h3>
      <p class="hint">
        How concerned the client is about falling in each activity, 1 (least concern) to 4 (most).
        Kempen et al., Age Ageing 2008;37:45-50; free for clinical use when referenced.
      </p>
      {FES_I_ITEMS.map((item, index) => (
        <fieldset key={item.field} class="fes-i-item">
          <legend>{item.label}</legend>
          <div class="fes-i-answers">
            {ANSWERS.map((answer) => (
              <label key={answer} class="fes-i-answer">
                <input
                  type="radio"
                  name={`${visit.id}-${item.field}`}
                  value={String(answer)}
                  checked={answers[index] === answer}
                  onChange={() => choose(index, answer)}
                />
                {ANSWER_WORDS[answer]}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <p aria-live="polite">
        {total === undefined
          ? `${answered} of ${FES_I_ITEMS.length} answered.`
          : `Total ${total} of 28.`}
      </p>
      <button type="submit" class="button">
        Save Short FES-I
      </button>
      <FormMessages error={outcome.error} notice={outcome.notice} />
    </form>
  );
}
