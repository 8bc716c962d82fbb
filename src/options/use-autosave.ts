import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { jsonEqual } from '../core/json-equal';
import { getPreference, isPreferenceKey, withPreference, type ParsedPreferences, type PreferenceKey, type Preferences } from '../core/preferences';
import { flushPreferences, forgetKeptPreferences, savePreferences, watchKeptPreferences } from '../platform/preferences-store';
import { PreferencesReadOnlyError, saveProblemOf, type SaveProblem } from '../platform/storage-errors';

export type PreferenceChanges = Partial<Record<PreferenceKey, unknown>>;
export type { SaveProblem } from '../platform/storage-errors';
/**
 * A change refused at first: not stored yet, and written again by itself ('retrying') or with the
 * next change; or stored since ('saved', until the next change).
 */
export type Unsaved = 'retrying' | 'with-next-change' | 'saved';

export interface Autosave {
  /** Stored preferences with this page's changes on top; undefined until first read. */
  preferences: Preferences | undefined;
  /** Saves valid values (the writer batches them within storage.sync's quotas). */
  save: (changes: PreferenceChanges) => void;
  /** Why the last change could not be stored; said in words at the top of the page. */
  problem: SaveProblem | undefined;
  /** The preferences changed here that storage refused, marked at their fields until stored (and just after). */
  unsaved: Partial<Record<PreferenceKey, Unsaved>>;
  /** Everything refused before is stored now (until the next change). */
  saved: boolean;
  /** A save was refused because a newer Kindly wrote these preferences meanwhile. */
  readOnlyRefused: boolean;
}

function entries<T>(changes: Partial<Record<PreferenceKey, T>>): [PreferenceKey, T][] {
  return Object.entries(changes) as [PreferenceKey, T][];
}

function withChanges(preferences: Preferences, changes: PreferenceChanges): Preferences {
  return entries(changes).reduce((result, [key, value]) => withPreference(result, key, value as never), preferences);
}

/**
 * Saving as you go. A change shows at once and stays shown until storage says otherwise: it is
 * seen back from storage, another page or browser changes the same preference, or (after a quota
 * error) the page closes. A change sync refuses is kept and written again by the sync writer,
 * which says when it is stored; any other refused change is sent again with the next one, and
 * both are tried again when the page is hidden.
 */
export function useAutosave(parsed: ParsedPreferences | undefined): Autosave {
  const [shownPending, setPending] = useState<PreferenceChanges>({});
  /** This page's changes on top of storage, as shown; the same as `shownPending`, readable at once. */
  const pending = useRef<PreferenceChanges>({});
  const [problem, setProblem] = useState<SaveProblem>();
  const [saved, setSaved] = useState(false);
  const [readOnlyRefused, setReadOnlyRefused] = useState(false);
  const [shownMarks, setMarks] = useState<Partial<Record<PreferenceKey, Unsaved>>>({});
  const marks = useRef<Partial<Record<PreferenceKey, Unsaved>>>({});
  const problemShown = useRef<SaveProblem | undefined>(undefined);
  /** Refused values to send again with the next change, and the keys the sync writer keeps. */
  const unsaved = useRef<PreferenceChanges>({});
  const kept = useRef<ReadonlySet<string>>(new Set());
  const latest = useRef<PreferenceChanges>({});
  const seen = useRef<Preferences | undefined>(undefined);
  /** Values this page has sent per preference, oldest first, until storage shows them back. */
  const sent = useRef<Partial<Record<PreferenceKey, unknown[]>>>({});

  const showPending = useCallback((next: PreferenceChanges) => {
    pending.current = next;
    setPending(next);
  }, []);

  /** Says what is wrong; a problem that goes because what was refused is stored is followed by "Saved". */
  const tell = useCallback((next: SaveProblem | undefined, { stored = true } = {}) => {
    if (problemShown.current && !next && stored) setSaved(true);
    problemShown.current = next;
    setProblem(next);
  }, []);

  /**
   * Marks at their fields what isn't stored, and what is stored since; `replaced` were replaced
   * by a newer value from elsewhere instead, and lose their mark. Once nothing waits, the
   * problem has gone.
   */
  const showUnsaved = useCallback(
    (replaced: readonly PreferenceKey[] = []) => {
      const waiting: Partial<Record<PreferenceKey, Unsaved>> = {};
      for (const key of Object.keys(unsaved.current) as PreferenceKey[]) waiting[key] = 'with-next-change';
      for (const key of kept.current) if (isPreferenceKey(key)) waiting[key] = 'retrying';
      const next = { ...waiting };
      for (const key of Object.keys(marks.current) as PreferenceKey[]) if (!replaced.includes(key)) next[key] ??= 'saved';
      const stored = Object.values(next).includes('saved') && !Object.values(marks.current).every((mark) => mark === 'saved');
      if (!jsonEqual(marks.current, next)) {
        marks.current = next;
        setMarks(next);
      }
      if (Object.keys(waiting).length === 0) tell(undefined, { stored });
    },
    [tell],
  );

  useEffect(() => {
    if (!parsed) return;
    const before = seen.current;
    seen.current = parsed.preferences;
    const current = pending.current;
    const next = { ...current };
    const replaced: PreferenceKey[] = [];
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
      delete sent.current[key];
      if (!(key in unsaved.current) && !kept.current.has(key)) continue;
      // Stored as chosen here: nothing to send again. Replaced from elsewhere: not to be written over it.
      delete unsaved.current[key];
      if (!jsonEqual(stored, value)) replaced.push(key);
    }
    if (Object.keys(next).length !== Object.keys(current).length) showPending(next);
    kept.current = new Set([...kept.current].filter((key) => !replaced.includes(key as PreferenceKey)));
    showUnsaved(replaced);
    if (replaced.length > 0) forgetKeptPreferences(replaced);
  }, [parsed, showPending, showUnsaved]);

  const send = useCallback(
    (batch: PreferenceChanges) => {
      savePreferences(batch).then(
        () => {
          for (const [key, value] of entries(batch)) if (unsaved.current[key] === value) delete unsaved.current[key];
          showUnsaved();
        },
        (error: unknown) => {
          if (error instanceof PreferencesReadOnlyError) {
            setReadOnlyRefused(true);
            showPending({});
            return;
          }
          // Only what is still the person's latest choice is worth sending again (and telling of).
          const stillChosen = entries(batch).filter(([key, value]) => latest.current[key] === value);
          for (const [key, value] of stillChosen) unsaved.current[key] = value;
          if (stillChosen.length > 0) tell(saveProblemOf(error));
          showUnsaved();
        },
      );
    },
    [showPending, showUnsaved, tell],
  );

  useEffect(() => {
    const controller = new AbortController();
    watchKeptPreferences((next) => {
      // A key the writer no longer keeps has been stored (or forgotten): not to be sent again.
      for (const key of kept.current) if (!next.keys.includes(key)) delete unsaved.current[key as PreferenceKey];
      kept.current = new Set(next.keys);
      if (next.problem) tell(next.problem);
      showUnsaved();
    }, controller.signal);
    // A page being hidden or closed writes what is waiting or refused instead of leaving it to a timer.
    const flush = () => {
      if (document.visibilityState !== 'hidden') return;
      if (Object.keys(unsaved.current).length > 0) send({ ...unsaved.current });
      void flushPreferences();
    };
    document.addEventListener('visibilitychange', flush, { signal: controller.signal });
    return () => controller.abort();
  }, [send, showUnsaved, tell]);

  const save = useCallback(
    (changes: PreferenceChanges) => {
      Object.assign(latest.current, changes);
      for (const [key, value] of entries(changes)) sent.current[key] = [...(sent.current[key] ?? []), value];
      showPending({ ...pending.current, ...changes });
      setSaved(false);
      marks.current = Object.fromEntries(Object.entries(marks.current).filter(([, mark]) => mark !== 'saved'));
      setMarks(marks.current);
      send({ ...unsaved.current, ...changes });
    },
    [send, showPending],
  );

  const preferences = useMemo(() => parsed && withChanges(parsed.preferences, shownPending), [parsed, shownPending]);
  return { preferences, save, problem, unsaved: shownMarks, saved, readOnlyRefused };
}
