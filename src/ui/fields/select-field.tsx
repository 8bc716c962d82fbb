import { useId } from 'preact/hooks';
import { describedBy, FieldNotes } from './field-notes';

export interface SelectFieldProps<T extends string> {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** A note on the value, such as that it isn't saved yet. */
  note?: string | undefined;
  value: T;
  choices: readonly { value: T; label: string }[];
  disabled?: boolean | undefined;
  onChange: (value: T) => void;
}

/** One of several choices in a native drop-down. */
export function SelectField<T extends string>({ label, hint, error, note, value, choices, disabled, onChange }: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div class="field field--select">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error, note)}
        onChange={(event) => onChange(event.currentTarget.value as T)}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} hint={hint} note={note} error={error} />
    </div>
  );
}
