// Falls and mobility at this visit: falls since the last visit (how many, how many injured), the
// Short FES-I and Timed Up and Go. Each measure is saved whole by its own button, or refused with
// the reason, so nothing of it is saved half.
import { useEffect, useState } from 'preact/hooks';
import { FALLS_MAX, TUG_AIDS, tugProblem } from '../../../domain/mobility-measures';
import type { Assessment } from '../../../domain/records';
import { TUG_AID_WORDS } from '../../../domain/words';
import { FormMessages } from '../form-messages';
import { FesIForm } from './fes-i-form';
import { type SaveOutcome, useMeasureSave } from './measure-save';
import type { VisitData } from './use-visit';
import './mobility-panel.css';

const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : undefined);
const shown = (value: number | undefined) => (value === undefined ? '' : String(value));

function FallsForm({ visit }: { visit: Assessment }) {
  const save = useMeasureSave(visit);
  const [falls, setFalls] = useState(shown(visit.fields.fallsSinceLastVisit));
  const [injured, setInjured] = useState(shown(visit.fields.fallsWithInjury));
  const [outcome, setOutcome] = useState<SaveOutcome>({});
  useEffect(
    () => setFalls(shown(visit.fields.fallsSinceLastVisit)),
    [visit.fields.fallsSinceLastVisit],
  );
  useEffect(() => setInjured(shown(visit.fields.fallsWithInjury)), [visit.fields.fallsWithInjury]);
  const submit = async (event: Event) => {
    event.preventDefault();
    const count = wholeNumber(falls);
    const hurt = injured.trim() === '' ? 0 : wholeNumber(injured);
    if (count === undefined || count > FALLS_MAX || hurt === undefined) {
      setOutcome({
        error: 'Type the number of falls, and of falls with an injury, as whole numbers.',
      });
      return;
    }
    const set = { fallsSinceLastVisit: count, fallsWithInjury: hurt };
    setOutcome(
      await save(
        set,
        'Falls since the last visit',
        `Saved: ${count} falls, ${hurt} with an injury.`,
      ),
    );
  };
  return (
    <form class="measure-form" aria-labelledby="falls-heading" onSubmit={submit}>
      <h3 id="falls-heading">Falls since the last visit</h3>
      <div class="score-row">
        <label class="field score-field">
          Falls
          <input
            inputMode="numeric"
            value={falls}
            onInput={(e) => setFalls(e.currentTarget.value)}
          />
        </label>
        <label class="field score-field">
          Of which with an injury
          <input
            inputMode="numeric"
            value={injured}
            onInput={(e) => setInjured(e.currentTarget.value)}
          />
        </label>
      </div>
      <button type="submit" class="button">
        Save falls
      </button>
      <FormMessages error={outcome.error} notice={outcome.notice} />
    </form>
  );
}

function TugForm({ visit }: { visit: Assessment }) {
  const save = useMeasureSave(visit);
  const [seconds, setSeconds] = useState(shown(visit.fields.tugSeconds));
  const [aid, setAid] = useState<string>(visit.fields.tugAid ?? '');
  const [outcome, setOutcome] = useState<SaveOutcome>({});
  useEffect(() => setSeconds(shown(visit.fields.tugSeconds)), [visit.fields.tugSeconds]);
  const submit = async (event: Event) => {
    event.preventDefault();
    const value = Number(seconds.trim().replace(',', '.'));
    const problem = seconds.trim() === '' ? 'Type the time in seconds.' : tugProblem(value);
    if (problem !== undefined) {
      setOutcome({ error: problem });
      return;
    }
    if (aid === '') {
      setOutcome({ error: 'Choose the walking aid used for the test, or No walking aid.' });
      return;
    }
    const rounded = Math.round(value * 10) / 10;
    setOutcome(
      await save({ tugSeconds: rounded, tugAid: aid }, 'Timed Up and Go', `Saved: ${rounded} s.`),
    );
  };
  return (
    <form class="measure-form" aria-labelledby="tug-heading" onSubmit={submit}>
      <h3 id="tug-heading">Timed Up and Go</h3>
      <p class="hint">Stand up, walk 3 m, turn, walk back and sit down, with the usual aid.</p>
      <div class="score-row">
        <label class="field score-field">
          Time in seconds
          <input
            inputMode="decimal"
            value={seconds}
            onInput={(e) => setSeconds(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          Walking aid used
          <select value={aid} onChange={(e) => setAid(e.currentTarget.value)}>
            <option value="">Choose</option>
            {TUG_AIDS.map((kind) => (
              <option key={kind} value={kind}>
                {TUG_AID_WORDS[kind]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <button type="submit" class="button">
        Save Timed Up and Go
      </button>
      <FormMessages error={outcome.error} notice={outcome.notice} />
    </form>
  );
}

export function MobilityPanel({ data }: { data: VisitData }) {
  return (
    <section class="panel" aria-labelledby="mobility-heading">
      <h2 id="mobility-heading">Falls and mobility</h2>
      <FallsForm visit={data.visit} />
      <FesIForm visit={data.visit} />
      <TugForm visit={data.visit} />
    </section>
  );
}
