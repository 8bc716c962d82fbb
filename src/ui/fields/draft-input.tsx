import type { InputHTMLAttributes } from 'preact';
import { useId } from 'preact/hooks';
import { describedBy, FieldNotes } from './field-notes';
import { useDraft } from './use-draft';

export interface DraftInputProps {
  label: string;
  hint?: string | undefined;
  /** A note on the value, such as that it isn't saved yet. */
  note?: string | undefined;
  /** The stored value, as the input shows it. */
  value: string;
  disabled?: boolean | undefined;
  /** Saves what was typed if it can be used; otherwise returns why not, in plain words. */
  onText: (text: string) => string | undefined;
}

/** A labelled input that keeps what was typed, marking it (aria-invalid, message) when unusable. */
export function DraftInput(props: DraftInputProps & { type: 'number' | 'time' | 'text'; min?: number; max?: number }) {
  const { label, hint, note, value, disabled, onText, type, min, max } = props;
  const id = useId();
  const draft = useDraft(value, onText);
  // Preact types each input type separately; this one component serves a few of them.
  const kind = { type, min, max, step: type === 'number' ? 1 : undefined } as InputHTMLAttributes<HTMLInputElement>;
  return (
    <div class={`field field--${type}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        {...kind}
        disabled={disabled}
        aria-invalid={draft.error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, draft.error, note)}
        {...draft.inputProps}
      />
      <FieldNotes id={id} hint={hint} note={note} error={draft.error} />
    </div>
  );
}
