// A button whose action waits for a second, explicit choice: a removal or a step that makes
// records asks "are you sure" in place, with the action and a way back side by side.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface ConfirmButtonProps {
  /** The first button's text, e.g. "Remove". */
  children: ComponentChildren;
  /** The first button's accessible name when its text alone is not enough ("Remove Kitchen"). */
  label?: string;
  /** The question asked, e.g. "Remove the room Kitchen and its answers?". */
  question: ComponentChildren;
  /** The confirming button's text, e.g. "Yes, remove". */
  confirm: string;
  /** The way back; "Keep" unless given. */
  cancel?: string;
  disabled?: boolean;
  /** The confirming button is red for a removal (the default), plain for a step that adds. */
  isRemoval?: boolean;
  onConfirm: () => void;
}

export function ConfirmButton(props: ConfirmButtonProps) {
  const [isAsking, setAsking] = useState(false);
  if (!isAsking) {
    return (
      <button
        type="button"
        class="button"
        aria-label={props.label}
        disabled={props.disabled}
        onClick={() => setAsking(true)}
      >
        {props.children}
      </button>
    );
  }
  return (
    <fieldset class="confirm">
      <legend class="confirm-question">{props.question}</legend>
      <button
        type="button"
        class={props.isRemoval === false ? 'button button-primary' : 'button button-danger'}
        onClick={() => {
          setAsking(false);
          props.onConfirm();
        }}
      >
        {props.confirm}
      </button>
      <button type="button" class="button" onClick={() => setAsking(false)}>
        {props.cancel ?? 'Keep'}
      </button>
    </fieldset>
  );
}
