import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { jsonEqual } from '../core/json-equal';
import { parseOwnAffirmations, storedValue, type OwnAffirmation } from '../core/own-affirmations';
import type { ItemWrite } from '../core/preferences-area';
import { forgetStored, keepRefused, splitUnsavedRemovals, unsavedItems, type UnsavedAffirmations } from '../core/unsaved-affirmations';
import { savePreferenceItems } from '../platform/preferences-store';
import { PreferencesReadOnlyError, StorageQuotaError, type QuotaKind } from '../platform/storage-errors';
import { useOwnAffirmations } from '../ui/use-own-affirmations';
import { saveAloneWhenRefused } from './save-alone-when-refused';

/** Why the last change to the list could not be stored; said in words beside the list. */
export type OwnAffirmationsProblem = QuotaKind | 'read-only' | 'other';
type Unsaved = UnsavedAffirmations<OwnAffirmationsProblem>;

export interface OwnAffirmationEdits {
  /** The stored list with this page's changes on top, unsaved ones included; undefined until first read. */
  list: OwnAffirmation[] | undefined;
  /** The ones in the list the browser refused to store, by id, with why: kept here until saved or removed. */
  unsaved: Unsaved;
  /** Shows the change at once and stores it; resolves to why not (also kept in `problem`) if it can't be. */
  apply: (write: ItemWrite) => Promise<OwnAffirmationsProblem | undefined>;
  problem: OwnAffirmationsProblem | undefined;
}

/** An item removed here that storage may still hold; one object per change, so each is told apart. */
class Removed {}
type Pending = Record<string, unknown>;

const shows = (stored: unknown, value: unknown) => (value instanceof Removed ? stored === undefined : jsonEqual(stored, value));

const itemsOf = (list: readonly OwnAffirmation[]): Record<string, unknown> =>
  Object.fromEntries(list.map((item) => [item.id, storedValue(item)]));

function problemOf(error: unknown): OwnAffirmationsProblem {
  if (error instanceof PreferencesReadOnlyError) return 'read-only';
  return error instanceof StorageQuotaError ? error.kind : 'other';
}

const refusedForRoom = (error: unknown) => error instanceof StorageQuotaError && error.kind !== 'too-many-writes';

/**
 * The own affirmations as this page edits them. A change shows at once (so pressing "Move down"
 * three times quickly moves three places) and stays shown until storage has it. A change the
 * browser refuses is taken back, except the words it would have added: those stay in the list,
 * marked as not saved (see core/unsaved-affirmations.ts). Several changes refused together for
 * room are tried again one at a time, so the ones that fit are saved.
 */
export function useOwnAffirmationEdits(): OwnAffirmationEdits {
  const stored = useOwnAffirmations();
  const [pending, setPending] = useState<Pending>({});
  const [unsaved, setUnsaved] = useState<Unsaved>({});
  /** The same, for changes made before the page has rendered the last one. */
  const unsavedNow = useRef(unsaved);
  const [problem, setProblem] = useState<OwnAffirmationsProblem>();
  /** Values this page wrote that storage has accepted: the next read supersedes them. */
  const landed = useRef(new Map<string, unknown>());
  const [save] = useState(() => saveAloneWhenRefused(savePreferenceItems, refusedForRoom));

  useEffect(() => {
    if (!stored) return;
    const now = itemsOf(stored.list);
    setPending((current) => {
      const next = { ...current };
      for (const [key, value] of Object.entries(current)) {
        const settled = landed.current.get(key) === value || shows(now[key], value);
        if (!settled) continue;
        delete next[key];
        landed.current.delete(key);
      }
      return Object.keys(next).length === Object.keys(current).length ? current : next;
    });
  }, [stored]);

  const list = useMemo(() => {
    if (!stored) return undefined;
    const items = { ...unsavedItems(unsaved), ...itemsOf(stored.list), ...pending };
    return parseOwnAffirmations(Object.fromEntries(Object.entries(items).filter(([, value]) => !(value instanceof Removed)))).list;
  }, [stored, pending, unsaved]);

  // The list as shown when a change was made, for telling what a refused change would have added.
  const shown = useRef(list);
  shown.current = list;

  const apply = useCallback(
    async (change: ItemWrite): Promise<OwnAffirmationsProblem | undefined> => {
      const updateUnsaved = (next: (current: Unsaved) => Unsaved) => {
        unsavedNow.current = next(unsavedNow.current);
        setUnsaved(unsavedNow.current);
      };
      const before = shown.current ?? [];
      const { write, forget } = splitUnsavedRemovals(change, unsavedNow.current);
      if (forget.length > 0) updateUnsaved((current) => forgetStored(current, { set: {}, remove: forget }));
      if (Object.keys(write.set).length === 0 && write.remove.length === 0) return undefined;
      const shownChange: Pending = { ...Object.fromEntries(write.remove.map((key) => [key, new Removed()])), ...write.set };
      setPending((current) => ({ ...current, ...shownChange }));
      try {
        await save(write);
        for (const [key, value] of Object.entries(shownChange)) landed.current.set(key, value);
        updateUnsaved((current) => forgetStored(current, write));
        setProblem(undefined);
        return undefined;
      } catch (error) {
        const problem = problemOf(error);
        // Taken back, unless a later change to the same item has replaced it meanwhile; new words stay, unsaved.
        setPending((current) => Object.fromEntries(Object.entries(current).filter(([key, value]) => shownChange[key] !== value)));
        updateUnsaved((current) => keepRefused(current, write, before, problem));
        setProblem(problem);
        return problem;
      }
    },
    [save],
  );

  // Said for as long as something stays unsaved, not only until the next change lands.
  return { list, unsaved, apply, problem: problem ?? Object.values(unsaved)[0]?.problem };
}
