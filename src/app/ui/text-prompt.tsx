// A short form asking for one piece of text (a comment, the reason for an amendment): it takes
// focus when it opens, refuses empty text with the reason in words, and can be cancelled.
import { useEffect, useRef, useState } from 'preact/hooks';
import { FormMessages } from './form-messages';

export interface TextPromptProps {
  label: string;
  submitLabel: string;
  /** Said when the person submits nothing but spaces. */
  emptyMessage: string;
  extraClass: string;
  /** Called with the trimmed text. */
  onSubmit: (text: string) => void;
  onCancel: () => void;
}

export function TextPrompt(props: TextPromptProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const submit = (event: Event) => {
    event.preventDefault();
    if (text.trim() === '') {
      setError(props.emptyMessage);
      return;
    }
    props.onSubmit(text.trim());
  };
  return (
    <form class={props.extraClass} onSubmit={submit} noValidate>
      <label class="field">
        {props.label}
        <textarea
          ref={field}
          value={text}
          required
          aria-invalid={error !== undefined}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </label>
      <FormMessages error={error} />
      <div class="actions">
        <button type="submit" class="button button-primary">
          {props.submitLabel}
        </button>
        <button type="button" class="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
