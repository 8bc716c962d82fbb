import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Section } from '../core/preference-schema';
import { getPreference, validatePreference, type PreferenceKey, type Preferences, type PreferenceValue } from '../core/preferences';
import { t, type MessageKey } from '../ui/i18n';
import type { Unsaved } from './use-autosave';

export interface OptionsState {
  preferences: Preferences;
  /** Preferences from a newer Kindly are shown but not editable. */
  disabled: boolean;
  /** Grows each time a section is replaced (reset, undo), so its fields drop what was typed. */
  epochs: Record<Section, number>;
  save: (changes: Partial<Record<PreferenceKey, unknown>>) => void;
  /** Changes shown here that storage doesn't hold yet after a refusal. */
  unsaved: Partial<Record<PreferenceKey, Unsaved>>;
  /** Saves every preference of a section at once (reset to defaults, or undo that). */
  replaceSection: (section: Section, values: Record<string, unknown>) => void;
}

export const OptionsContext = createContext<OptionsState | undefined>(undefined);

export function useOptions(): OptionsState {
  const state = useContext(OptionsContext);
  if (!state) throw new Error('useOptions needs an OptionsContext.Provider');
  return state;
}

const unsavedWords: Record<Unsaved, MessageKey> = {
  retrying: 'fieldNotSavedRetrying',
  'with-next-change': 'fieldNotSavedNextChange',
  saved: 'fieldSavedNow',
};

/** Words for a field whose value was refused: not stored yet, or stored since. */
export function unsavedNote(unsaved: Unsaved | undefined): string | undefined {
  return unsaved && t(unsavedWords[unsaved]);
}

/**
 * One preference: its value, a note when it isn't stored yet, and a setter that stores valid
 * values and returns false for others.
 */
export function useOption<K extends PreferenceKey>(key: K) {
  const state = useOptions();
  return {
    value: getPreference(state.preferences, key),
    note: unsavedNote(state.unsaved[key]),
    disabled: state.disabled,
    epoch: state.epochs[key.slice(0, key.indexOf('.')) as Section],
    set: (value: unknown): boolean => {
      const checked = validatePreference(key, value);
      if (checked.ok) state.save({ [key]: checked.value });
      return checked.ok;
    },
  };
}

/** The preference keys whose values are of type T, e.g. the on/off ones. */
export type KeyOf<T> = { [K in PreferenceKey]: PreferenceValue<K> extends T ? K : never }[PreferenceKey];
