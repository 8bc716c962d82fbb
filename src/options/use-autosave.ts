import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { jsonEqual } from '../core/json-equal';
import { getPreference, withPreference, type ParsedPreferences, type PreferenceKey, type Preferences } from '../core/preferences';
import { flushPreferences, savePreferences } from '../platform/preferences-store';
import { PreferencesReadOnlyError, StorageQuotaError, type QuotaKind } from '../platform/storage-errors';

export type PreferenceChanges = Partial<Record<PreferenceKey, unknown>>;
/** Why the last change could not be stored; said in words at the top of the page. */
export type SaveProblem = QuotaKind | 'other';

export interface Autosave {
  /** Stored preferences with this page's changes on top; undefined until first read. */
  preferences: Preferences | undefined;
  /** Saves valid values (the writer batches them within storage.sync's quotas). */
  save: (changes: PreferenceChanges) => void;
  problem: SaveProblem | undefined;
  /** A save was refused because a newer Kindly wrote these preferences meanwhile. */
  readOnlyRefused: boolean;
}

function entries(changes: PreferenceChanges): [PreferenceKey, unknown][] {
  return Object.entries(changes) as [PreferenceKey, unknown][];
}

function withChanges(preferences: Preferences, changes: PreferenceChanges): Preferences {
  return entries(changes).reduce((result, [key, value]) => withPreference(result, key, value as never), preferences);
}

/**
 * Saving as you go. A change shows at once and stays shown until storage says otherwise: it is
 * seen back from storage, another page or browser changes the same preference, or (after a quota
 * error) the page closes. A change the browser refused is sent again with the next one.
 */
export function useAutosave(parsed: ParsedPreferences | undefined): Autosave {
  const [pending, setPending] = useState<PreferenceChanges>({});
  const [problem, setProblem] = useState<SaveProblem>();
  const [readOnlyRefused, setReadOnlyRefused] = useState(false);
  const latest = useRef<PreferenceChanges>({});
  const unsaved = useRef<PreferenceChanges>({});
  const seen = useRef<Preferences | undefined>(undefined);
  /** Values this page has sent per preference, oldest first, until storage shows them back. */
  const sent = useRef<Partial<Record<PreferenceKey, unknown[]>>>({});

  useEffect(() => {
    if (!parsed) return;
    const before = seen.current;
    seen.current = parsed.preferences;
    setPending((current) => {
      const next = { ...current };
      for (const [key, value] of entries(current)) {
        const stored = getPreference(parsed.preferences, key);
        const values = sent.current[key] ?? [];
        // An earlier value of this page's own coming back is not a change from elsewhere: the
        // newer choice stays shown (a quick second click must not be lost to the first's echo).
        const echo = values.findIndex((value) => jsonEqual(value, stored));
        if (echo >= 0) sent.current[key] = values.slice(echo + 1);
        const changedElsewhere = echo < 0 && before !== undefined && !jsonEqual(stored, getPreference(before, key));
        if (!jsonEqual(stored, value) && !changedElsewhere) continue;
        delete next[key];
        delete unsaved.current[key];
        delete sent.current[key];
      }
      return Object.keys(next).length === Object.keys(current).length ? current : next;
    });
  }, [parsed]);

  // A page being hidden or closed writes what is waiting instead of leaving it to a timer.
  useEffect(() => {
    const flush = () => document.visibilityState === 'hidden' && void flushPreferences();
    document.addEventListener('visibilitychange', flush);
    return () => document.removeEventListener('visibilitychange', flush);
  }, []);

  const save = useCallback((changes: PreferenceChanges) => {
    Object.assign(latest.current, changes);
    for (const [key, value] of entries(changes)) sent.current[key] = [...(sent.current[key] ?? []), value];
    setPending((current) => ({ ...current, ...changes }));
    const batch = { ...unsaved.current, ...changes };
    savePreferences(batch).then(
      () => {
        for (const [key, value] of entries(batch)) if (unsaved.current[key] === value) delete unsaved.current[key];
        if (Object.keys(unsaved.current).length === 0) setProblem(undefined);
      },
      (error: unknown) => {
        if (error instanceof PreferencesReadOnlyError) {
          setReadOnlyRefused(true);
          setPending({});
          return;
        }
        // Only what is still the person's latest choice is worth sending again.
        for (const [key, value] of entries(batch)) if (latest.current[key] === value) unsaved.current[key] = value;
        setProblem(error instanceof StorageQuotaError ? error.kind : 'other');
      },
    );
  }, []);

  const preferences = useMemo(() => parsed && withChanges(parsed.preferences, pending), [parsed, pending]);
  return { preferences, save, problem, readOnlyRefused };
}
