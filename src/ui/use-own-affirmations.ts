import { useEffect, useState } from 'preact/hooks';
import { parseOwnAffirmations, type ParsedOwnAffirmations } from '../core/own-affirmations';
import { loadPreferenceItems, watchPreferences } from '../platform/preferences-store';

/** The person's own affirmations, kept live; undefined until the first read finishes. */
export function useOwnAffirmations(): ParsedOwnAffirmations | undefined {
  const [parsed, setParsed] = useState<ParsedOwnAffirmations>();
  useEffect(() => {
    const controller = new AbortController();
    // Reads can finish out of order: only the latest one started is shown.
    let latest = 0;
    const load = () => {
      const read = ++latest;
      void loadPreferenceItems().then((items) => {
        if (!controller.signal.aborted && read === latest) setParsed(parseOwnAffirmations(items));
      });
    };
    watchPreferences(load, controller.signal);
    load();
    return () => controller.abort();
  }, []);
  return parsed;
}
