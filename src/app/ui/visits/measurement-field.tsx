// One measurement of an item, typed in the person's units and judged as it is typed: pass or fail,
// the reason, and the standard's figure with its edition. A reading no room could hold is refused
// with the likely slip, and what was typed is kept on the finding until it is put right.
import { useEffect, useState } from 'preact/hooks';
import type { Measurement } from '../../../domain/measurement';
import { readReading } from '../../../domain/plausible-readings';
import { formatQuantity } from '../../../domain/quantities';
import { evaluateMeasurement } from '../../../domain/thresholds';
import type { UnitSystem } from '../../../domain/units';
import type { VisitJudging } from '../../../domain/visit-judging';
import { MEASUREMENT_RESULT_WORDS } from '../../../domain/words';

const UNIT_HINTS: Record<Measurement['kind'], Record<UnitSystem, string>> = {
  length: { metric: 'mm', imperial: 'inches' },
  slope: { metric: 'as 1:12, % or °', imperial: 'as 1:12, % or °' },
  force: { metric: 'N', imperial: 'lbf' },
  illuminance: { metric: 'lux', imperial: 'lux' },
  temperature: { metric: '°C', imperial: '°F' },
};

/** A new reading (null clears it) and the refused text to keep (null clears it). */
export interface MeasurementChange {
  value: number | null;
  draft: string | null;
}

interface MeasurementFieldProps {
  measurement: Measurement;
  value: number | undefined;
  /** What was typed and refused, kept on the finding. */
  draft: string | undefined;
  variant: string | undefined;
  judging: VisitJudging;
  onSave: (change: MeasurementChange) => void;
  onVariant: (variant: string | null) => void;
}

export function MeasurementField(props: MeasurementFieldProps) {
  const { measurement, value, draft, judging } = props;
  const units = judging.unitSystem;
  const shownValue = value === undefined ? '' : formatQuantity(measurement.kind, value, units);
  const [text, setText] = useState(draft ?? shownValue);
  const [problem, setProblem] = useState<string | undefined>(() =>
    draft === undefined ? undefined : refusal(measurement, draft, units),
  );
  useEffect(() => {
    setText(draft ?? shownValue);
    setProblem(draft === undefined ? undefined : refusal(measurement, draft, units));
  }, [measurement.id, units]);
  const change = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      setProblem(undefined);
      return props.onSave({ value: null, draft: null });
    }
    const reading = readReading(measurement, next, units);
    setProblem(reading.ok ? undefined : reading.message);
    props.onSave(reading.ok ? { value: reading.value, draft: null } : { value: null, draft: next });
  };
  const evaluation =
    value === undefined || problem !== undefined
      ? undefined
      : evaluateMeasurement(measurement, value, {
          ...judging,
          ...(props.variant === undefined ? {} : { variant: props.variant }),
        });
  const resultId = `${measurement.id}-result`;
  return (
    <div class="measurement">
      {measurement.variants !== undefined && (
        <label class="field">
          {measurement.variants.label}
          <select
            value={props.variant ?? ''}
            onChange={(event) => props.onVariant(event.currentTarget.value || null)}
          >
            <option value="">Choose…</option>
            {measurement.variants.options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <label class="field">
        {measurement.label} ({UNIT_HINTS[measurement.kind][units]})
        <input
          inputMode={measurement.kind === 'slope' ? 'text' : 'decimal'}
          value={text}
          aria-describedby={resultId}
          aria-invalid={problem !== undefined}
          onInput={(event) => change(event.currentTarget.value)}
        />
      </label>
      <p
        id={resultId}
        class={`measurement-result ${problem === undefined ? '' : 'result-refused'} ${evaluation === undefined ? '' : `result-${evaluation.status}`}`}
        aria-live="polite"
      >
        {problem === undefined ? '' : `Not recorded: ${problem}`}
        {problem === undefined &&
          (evaluation === undefined
            ? (measurement.help ?? '')
            : `${MEASUREMENT_RESULT_WORDS[evaluation.status]}: ${evaluation.sentence}`)}
      </p>
      {evaluation?.requirement !== undefined && (
        <p class="hint">Standard: {evaluation.requirement}</p>
      )}
      {evaluation?.note !== undefined && <p class="hint">{evaluation.note}</p>}
    </div>
  );
}

function refusal(measurement: Measurement, draft: string, units: UnitSystem): string | undefined {
  const reading = readReading(measurement, draft, units);
  return reading.ok ? undefined : reading.message;
}
