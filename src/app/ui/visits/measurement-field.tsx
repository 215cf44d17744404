// One measurement of an item, typed in the person's units and judged as it is typed: pass or fail,
// the reason, and the standard's figure.
import { useEffect, useState } from 'preact/hooks';
import type { ClientDevice } from '../../../domain/client-device';
import type { Measurement } from '../../../domain/measurement';
import { formatQuantity, parseQuantity } from '../../../domain/quantities';
import { evaluateMeasurement } from '../../../domain/thresholds';
import type { UnitSystem } from '../../../domain/units';

const UNIT_HINTS: Record<Measurement['kind'], Record<UnitSystem, string>> = {
  length: { metric: 'mm', imperial: 'inches' },
  slope: { metric: 'as 1:12', imperial: 'as 1:12' },
  force: { metric: 'N', imperial: 'lbf' },
  illuminance: { metric: 'lux', imperial: 'lux' },
  temperature: { metric: '°C', imperial: '°F' },
};

interface MeasurementFieldProps {
  measurement: Measurement;
  value: number | undefined;
  units: UnitSystem;
  device: ClientDevice | undefined;
  onSave: (value: number | null) => void;
}

export function MeasurementField({
  measurement,
  value,
  units,
  device,
  onSave,
}: MeasurementFieldProps) {
  const [text, setText] = useState(
    value === undefined ? '' : formatQuantity(measurement.kind, value, units),
  );
  const [problem, setProblem] = useState<string | undefined>(undefined);
  useEffect(() => {
    setText(value === undefined ? '' : formatQuantity(measurement.kind, value, units));
  }, [measurement.id, units]);
  const change = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      setProblem(undefined);
      return onSave(null);
    }
    const parsed = parseQuantity(measurement.kind, next, units);
    setProblem(parsed.ok ? undefined : parsed.message);
    if (parsed.ok) onSave(parsed.value);
  };
  const evaluation =
    value === undefined || problem !== undefined
      ? undefined
      : evaluateMeasurement(measurement, value, {
          unitSystem: units,
          ...(device === undefined ? {} : { device }),
        });
  const resultId = `${measurement.id}-result`;
  return (
    <div class="measurement">
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
        class={`measurement-result ${evaluation === undefined ? '' : `result-${evaluation.status}`}`}
        aria-live="polite"
      >
        {problem ??
          (evaluation === undefined
            ? (measurement.help ?? '')
            : `${evaluation.status === 'pass' ? 'Pass' : evaluation.status === 'fail' ? 'Fail' : 'No standard figure'}: ${evaluation.sentence}`)}
      </p>
      {evaluation?.requirement !== undefined && (
        <p class="hint">Standard: {evaluation.requirement}</p>
      )}
    </div>
  );
}
