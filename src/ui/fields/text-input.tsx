import type { Ref } from 'preact';
import { describedBy } from './field-notes';

export interface TextInputProps {
  /** The input's id; its hint and error lines are `${id}-hint` and `${id}-error` (FieldNotes). */
  id: string;
  text: string;
  /** Whether a hint line is shown under it, for aria-describedby. */
  hint?: string | undefined;
  error?: string | undefined;
  disabled?: boolean | undefined;
  maxLength?: number | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
  onText: (text: string) => void;
  onKeyDown?: ((event: KeyboardEvent) => void) | undefined;
}

/**
 * A box for a few words the page holds itself (an own value, an own affirmation): what is typed
 * goes to `onText`, and the box is marked and described by its hint and error as FieldNotes
 * writes them. DraftInput is the one for a stored value that saves as it is typed.
 */
export function TextInput({ id, text, hint, error, disabled, maxLength, inputRef, onText, onKeyDown }: TextInputProps) {
  return (
    <input
      ref={inputRef}
      id={id}
      type="text"
      value={text}
      disabled={disabled}
      maxLength={maxLength}
      autocomplete="off"
      aria-invalid={error ? 'true' : undefined}
      aria-describedby={describedBy(id, hint, error)}
      onInput={(event) => onText(event.currentTarget.value)}
      onKeyDown={onKeyDown}
    />
  );
}
