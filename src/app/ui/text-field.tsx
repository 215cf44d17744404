// Text inputs that save on every keystroke yet never fight the person typing: while focused they
// keep their own text, and take the stored value (an edit from sync, an undo) when not focused.
import { useEffect, useId, useRef, useState } from 'preact/hooks';

interface TextFieldProps {
  label: string;
  value: string;
  onSave: (text: string) => void;
  multiline?: boolean;
  autocomplete?: string;
  hint?: string;
}

export function TextField({
  label,
  value,
  onSave,
  multiline = false,
  autocomplete = 'off',
  hint,
}: TextFieldProps) {
  const [text, setText] = useState(value);
  const isFocused = useRef(false);
  useEffect(() => {
    if (!isFocused.current) setText(value);
  }, [value]);
  const common = {
    value: text,
    onFocus: () => {
      isFocused.current = true;
    },
    onBlur: () => {
      isFocused.current = false;
    },
    onInput: (event: Event) => {
      const next = (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
      setText(next);
      onSave(next);
    },
  };
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea id={id} {...common} />
      ) : (
        <input id={id} {...common} autocomplete={autocomplete} />
      )}
      {hint !== undefined && <span class="hint">{hint}</span>}
    </div>
  );
}
