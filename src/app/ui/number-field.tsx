// A number typed by a person: saved as it is typed when it can be read, else refused at once with
// the reason beside the field; once the person leaves it, the field shows only what was saved.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import './number-field.css';

interface NumberFieldProps {
  label: string;
  /** The saved value as text ('' when nothing is saved). */
  savedText: string;
  /** Saves what was typed, or answers why it was refused (and saves nothing). */
  onText: (text: string) => string | undefined;
  inputMode?: 'numeric' | 'decimal' | 'text';
  extraClass?: string;
  /** Shown under the field while nothing is refused. */
  hint?: string;
}

export function NumberField({
  label,
  savedText,
  onText,
  inputMode = 'numeric',
  extraClass = '',
  hint = '',
}: NumberFieldProps) {
  const [text, setText] = useState(savedText);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const isFocused = useRef(false);
  useEffect(() => {
    if (!isFocused.current) setText(savedText);
  }, [savedText]);
  const id = useId();
  const stays = savedText === '' ? 'The field stays empty.' : `It stays ${savedText}.`;
  return (
    <div class={`field number-field ${extraClass}`.trim()}>
      <label for={id}>{label}</label>
      <input
        id={id}
        inputMode={inputMode}
        value={text}
        aria-invalid={problem !== undefined}
        aria-describedby={`${id}-problem`}
        onFocus={() => {
          isFocused.current = true;
        }}
        onBlur={() => {
          isFocused.current = false;
          setText(savedText);
        }}
        onInput={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          setProblem(onText(next));
        }}
      />
      <span
        id={`${id}-problem`}
        class={problem === undefined ? 'hint' : 'error'}
        aria-live="polite"
      >
        {problem === undefined ? hint : `${problem} ${stays}`}
      </span>
    </div>
  );
}
