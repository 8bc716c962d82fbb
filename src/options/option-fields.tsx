import { NumberField } from '../ui/fields/number-field';
import { RadioGroup, type RadioChoice } from '../ui/fields/radio-group';
import { SelectField } from '../ui/fields/select-field';
import { TimeField } from '../ui/fields/time-field';
import { ToggleField } from '../ui/fields/toggle-field';
import { t } from '../ui/i18n';
import type { PreferenceValue } from '../core/preferences';
import { useOption, type KeyOf } from './options-context';

/*
 * Fields bound to one preference each: they show its current value, store valid changes as they
 * happen, mark anything else in plain words, and say when a change isn't stored yet.
 */
interface Labelled {
  label: string;
  hint?: string | undefined;
}

export function OptionToggle({ name, label, hint }: Labelled & { name: KeyOf<boolean> }) {
  const option = useOption(name);
  return <ToggleField label={label} hint={hint} note={option.note} checked={option.value} disabled={option.disabled} onChange={option.set} />;
}

export function OptionNumber({ name, label, hint, min, max }: Labelled & { name: KeyOf<number>; min: number; max: number }) {
  const option = useOption(name);
  // Number('') is 0 and Number(' 12 ') is 12: only digits as typed count.
  const onText = (text: string) => (/^\d+$/.test(text) && option.set(Number(text)) ? undefined : t('fieldNumberRange', String(min), String(max)));
  return <NumberField key={option.epoch} label={label} hint={hint} note={option.note} value={option.value} min={min} max={max} disabled={option.disabled} onText={onText} />;
}

export function OptionTime({ name, label, hint }: Labelled & { name: KeyOf<string> }) {
  const option = useOption(name);
  const onText = (text: string) => (option.set(text) ? undefined : t('fieldTimeInvalid'));
  return <TimeField key={option.epoch} label={label} hint={hint} note={option.note} value={String(option.value)} disabled={option.disabled} onText={onText} />;
}

type Choices<K extends KeyOf<string>> = readonly RadioChoice<PreferenceValue<K> & string>[];

export function OptionRadios<K extends KeyOf<string>>({ name, label, hint, choices }: Labelled & { name: K; choices: Choices<K> }) {
  const option = useOption(name);
  return (
    <RadioGroup
      legend={label}
      hint={hint}
      note={option.note}
      value={option.value}
      choices={choices}
      disabled={option.disabled}
      onChange={option.set}
    />
  );
}

export function OptionSelect<K extends KeyOf<string>>({ name, label, hint, choices }: Labelled & { name: K; choices: Choices<K> }) {
  const option = useOption(name);
  return (
    <SelectField
      label={label}
      hint={hint}
      note={option.note}
      value={option.value}
      choices={choices}
      disabled={option.disabled}
      onChange={option.set}
    />
  );
}
