import { useId } from 'preact/hooks';
import { describedBy, FieldNotes } from './field-notes';

export interface CheckboxGroupProps {
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** A note on the value, such as that it isn't saved yet. */
  note?: string | undefined;
  choices: readonly { id: string; label: string }[];
  chosen: readonly string[];
  disabled?: boolean | undefined;
  /** Returns false to refuse a change: the box stays as it was. */
  onToggle: (id: string, checked: boolean) => boolean;
  /** Extra class for the list, e.g. to lay many choices out in columns. */
  layout?: string;
}

/** Several checkboxes under one legend, for choosing a few of many. */
export function CheckboxGroup({ legend, hint, error, note, choices, chosen, disabled, onToggle, layout }: CheckboxGroupProps) {
  const id = useId();
  return (
    <fieldset class="field field--checkboxes" aria-describedby={describedBy(id, hint, error, note)}>
      <legend>{legend}</legend>
      <div class={layout ? `field__choices ${layout}` : 'field__choices'}>
        {choices.map((choice) => (
          <div class="field__choice" key={choice.id}>
            <input
              id={`${id}-${choice.id}`}
              type="checkbox"
              checked={chosen.includes(choice.id)}
              disabled={disabled}
              onClick={(event) => {
                if (!onToggle(choice.id, event.currentTarget.checked)) event.preventDefault();
              }}
            />
            <label for={`${id}-${choice.id}`}>{choice.label}</label>
          </div>
        ))}
      </div>
      <FieldNotes id={id} hint={hint} note={note} error={error} />
    </fieldset>
  );
}
