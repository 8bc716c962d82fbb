import type { Ref } from 'preact';
import { characterCount, ownAffirmationLimits } from '../core/own-affirmations';
import { TextInput } from '../ui/fields/text-input';
import { t } from '../ui/i18n';

export interface OwnAffirmationFieldProps {
  id: string;
  label: string;
  text: string;
  error: string | undefined;
  disabled: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onText: (text: string) => void;
  onKeyDown?: (event: KeyboardEvent) => void;
}

/** Characters left (or over) for the words as they will be saved, trimmed. */
export function charactersLeft(text: string): number {
  return ownAffirmationLimits.characters - characterCount(text.trim());
}

/** The text box for one affirmation, with how many characters are left and why it can't be saved. */
export function OwnAffirmationField({ id, label, text, error, disabled, inputRef, onText, onKeyDown }: OwnAffirmationFieldProps) {
  const left = charactersLeft(text);
  const counter = left >= 0 ? t('ownAffirmationCharactersLeft', String(left)) : t('ownAffirmationCharactersOver', String(-left));
  return (
    <div class="field own-affirmation-field">
      <label for={id}>{label}</label>
      <TextInput id={id} text={text} hint={counter} error={error} disabled={disabled} inputRef={inputRef} onText={onText} onKeyDown={onKeyDown} />
      <p id={`${id}-hint`} class={left < 0 ? 'field__hint own-affirmation-field__over' : 'field__hint'}>
        {counter}
      </p>
      <p id={`${id}-error`} class="field__error" aria-live="polite">
        {error ?? ''}
      </p>
    </div>
  );
}
