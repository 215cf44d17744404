// A length typed in the person's units and saved in millimetres, with a message for what cannot be read.
import { useEffect, useId, useState } from 'preact/hooks';
import type { FieldValue } from '../../../domain/entities';
import { formatLength, parseLength } from '../../../domain/units';
import { useUnits } from '../records';

export function LengthField({
  label,
  valueMm,
  onSave,
}: {
  label: string;
  valueMm: FieldValue | undefined;
  onSave: (mm: number | null) => void;
}) {
  const [units] = useUnits();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  // Unique on the page: several recommendations each have a Length field.
  const hintId = useId();
  useEffect(() => {
    if (units !== undefined)
      setText(typeof valueMm === 'number' ? formatLength(valueMm, units) : '');
  }, [units]);
  if (units === undefined) return null;
  const change = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      setProblem(undefined);
      return onSave(null);
    }
    const parsed = parseLength(next, units);
    setProblem(parsed.ok ? undefined : parsed.message);
    if (parsed.ok) onSave(Math.round(parsed.value * 10) / 10);
  };
  return (
    <label class="field">
      {label} ({units === 'imperial' ? 'inches' : 'mm'})
      <input
        inputMode="decimal"
        value={text}
        aria-describedby={hintId}
        aria-invalid={problem !== undefined}
        onInput={(event) => change(event.currentTarget.value)}
      />
      <span id={hintId} class={problem === undefined ? 'hint' : 'error'}>
        {problem ?? (typeof valueMm === 'number' ? `Saved as ${Math.round(valueMm)} mm` : ' ')}
      </span>
    </label>
  );
}
