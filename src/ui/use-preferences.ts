import { useEffect, useState } from 'preact/hooks';
import type { ParsedPreferences } from '../core/preferences';
import { loadPreferences, watchPreferences } from '../platform/preferences-store';

/** The current preferences, kept live; undefined until the first read finishes. */
export function usePreferences(): ParsedPreferences | undefined {
  const [parsed, setParsed] = useState<ParsedPreferences>();
  useEffect(() => {
    const controller = new AbortController();
    let changedMeanwhile = false;
    watchPreferences((next) => {
      changedMeanwhile = true;
      setParsed(next);
    }, controller.signal);
    void loadPreferences().then((first) => {
      // A change that arrived while the first read was on its way is newer: keep it.
      if (!controller.signal.aborted && !changedMeanwhile) setParsed(first);
    });
    return () => controller.abort();
  }, []);
  return parsed;
}
