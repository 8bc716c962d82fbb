import { useMemo } from 'preact/hooks';
import { parsePreferences, type ParsedPreferences } from '../core/preferences';
import { usePreferenceItems } from './use-preference-items';

/** The current preferences, kept live; undefined until the first read finishes. */
export function usePreferences(): ParsedPreferences | undefined {
  const items = usePreferenceItems();
  return useMemo(() => items && parsePreferences(items), [items]);
}
