import { useId, useState } from 'preact/hooks';
import { MAX_VALUES, valueOptions } from '../core/values';
import { FieldNotes } from '../ui/fields/field-notes';
import { TextInput } from '../ui/fields/text-input';
import { t } from '../ui/i18n';
import { exerciseText } from '../ui/runner/exercise-text';

const MAX_LENGTH = 40;

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/** What the typed words would add: a value from the list when they name one, else the words. */
function valueFor(words: string): string {
  return valueOptions.find((option) => same(exerciseText(option.key), words) || same(option.id, words))?.id ?? words;
}

function problemWith(words: string, chosen: readonly string[]): string | undefined {
  if (words.length > MAX_LENGTH) return t('fieldOwnValueTooLong', String(MAX_LENGTH));
  if (words === '') return undefined;
  if (chosen.some((value) => same(value, valueFor(words)))) return t('fieldOwnValueRepeat');
  return undefined;
}

export interface OwnValueProps {
  chosen: readonly string[];
  disabled: boolean;
  /** Returns false when the value could not be added. */
  onAdd: (value: string) => boolean;
}

/** A value in the person's own words: up to 40 characters, no repeats. */
export function OwnValue({ chosen, disabled, onAdd }: OwnValueProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const words = text.trim();
  const hint = t('fieldOwnValueHint', String(MAX_LENGTH));

  const add = (event: Event) => {
    event.preventDefault();
    const problem = problemWith(words, chosen) ?? (chosen.length >= MAX_VALUES ? t('valuesStepLimit') : undefined);
    setError(problem);
    if (problem || words === '') return;
    if (onAdd(valueFor(words))) setText('');
  };

  return (
    <form class="field own-value" onSubmit={add}>
      <label for={id}>{t('fieldOwnValue')}</label>
      <div class="own-value__row">
        <TextInput
          id={id}
          text={text}
          hint={hint}
          error={error}
          disabled={disabled}
          onText={(typed) => {
            setText(typed);
            setError(problemWith(typed.trim(), chosen));
          }}
        />
        <button type="submit" class="quiet" disabled={disabled}>
          {t('fieldOwnValueAdd')}
        </button>
      </div>
      <FieldNotes id={id} hint={hint} error={error} />
    </form>
  );
}
