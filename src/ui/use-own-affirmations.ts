import { useMemo } from 'preact/hooks';
import { parseOwnAffirmations, type ParsedOwnAffirmations } from '../core/own-affirmations';
import { usePreferenceItems } from './use-preferences';

/** The person's own affirmations, kept live; undefined until the first read finishes. */
export function useOwnAffirmations(): ParsedOwnAffirmations | undefined {
  const items = usePreferenceItems();
  return useMemo(() => items && parseOwnAffirmations(items), [items]);
}
