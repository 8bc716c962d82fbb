import { useId } from 'preact/hooks';
import { describedBy, FieldNotes } from './field-notes';

export interface RadioChoice<T extends string> {
  value: T;
  label: string;
  /** A short plain description under the label. */
  description?: string;
}

export interface RadioGroupProps<T extends string> {
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** A note on the value, such as that it isn't saved yet. */
  note?: string | undefined;
  value: T;
  choices: readonly RadioChoice<T>[];
  disabled?: boolean | undefined;
  onChange: (value: T) => void;
}

/** One of a few choices, as native radio buttons: arrow keys move between them. */
export function RadioGroup<T extends string>({ legend, hint, error, note, value, choices, disabled, onChange }: RadioGroupProps<T>) {
  const id = useId();
  return (
    <fieldset class="field field--radios" aria-describedby={describedBy(id, hint, error, note)}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <div class="field__choice" key={choice.value}>
          <input
            id={`${id}-${choice.value}`}
            type="radio"
            name={id}
            value={choice.value}
            checked={choice.value === value}
            disabled={disabled}
            aria-describedby={choice.description ? `${id}-${choice.value}-description` : undefined}
            onChange={() => onChange(choice.value)}
          />
          <label for={`${id}-${choice.value}`}>{choice.label}</label>
          {choice.description && (
            <p id={`${id}-${choice.value}-description`} class="field__hint">
              {choice.description}
            </p>
          )}
        </div>
      ))}
      <FieldNotes id={id} hint={hint} note={note} error={error} />
    </fieldset>
  );
}
