import { DraftInput } from '../ui/fields/draft-input';
import { useOption, type KeyOf } from './options-context';

export interface OptionTextProps {
  name: KeyOf<string>;
  label: string;
  hint?: string | undefined;
  /** Why the text can't be used, in plain words (a text the schema refuses). */
  refused: string;
}

/** A short text preference, stored trimmed as it is typed; what doesn't fit stays in the box, marked. */
export function OptionText({ name, label, hint, refused }: OptionTextProps) {
  const option = useOption(name);
  const onText = (text: string) => (option.set(text.trim()) ? undefined : refused);
  return <DraftInput key={option.epoch} type="text" label={label} hint={hint} note={option.note} value={String(option.value)} disabled={option.disabled} onText={onText} />;
}
