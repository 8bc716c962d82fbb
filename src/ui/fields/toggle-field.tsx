import { useId } from 'preact/hooks';
import { describedBy, FieldNotes } from './field-notes';

export interface ToggleFieldProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** A note on the value, such as that it isn't saved yet. */
  note?: string | undefined;
  checked: boolean;
  disabled?: boolean | undefined;
  onChange: (checked: boolean) => void;
}

/** One checkbox with its label beside it: on or off, nothing in between. */
export function ToggleField({ label, hint, error, note, checked, disabled, onChange }: ToggleFieldProps) {
  const id = useId();
  return (
    <div class="field field--toggle">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error, note)}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      <FieldNotes id={id} hint={hint} note={note} error={error} />
    </div>
  );
}
