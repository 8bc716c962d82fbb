import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { jsonEqual } from '../core/json-equal';
import { parseOwnAffirmations, storedValue, type OwnAffirmation } from '../core/own-affirmations';
import type { ItemWrite } from '../core/preferences-area';
import { savePreferenceItems } from '../platform/preferences-store';
import { PreferencesReadOnlyError, StorageQuotaError, type QuotaKind } from '../platform/storage-errors';
import { useOwnAffirmations } from '../ui/use-own-affirmations';

/** Why the last change to the list could not be stored; said in words beside the list. */
export type OwnAffirmationsProblem = QuotaKind | 'read-only' | 'other';

export interface OwnAffirmationEdits {
  /** The stored list with this page's changes on top; undefined until first read. */
  list: OwnAffirmation[] | undefined;
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

/**
 * The own affirmations as this page edits them. A change shows at once (so pressing "Move down"
 * three times quickly moves three places) and stays shown until storage has it; a change the
 * browser refuses is taken back, and the caller keeps what was typed.
 */
export function useOwnAffirmationEdits(): OwnAffirmationEdits {
  const stored = useOwnAffirmations();
  const [pending, setPending] = useState<Pending>({});
  const [problem, setProblem] = useState<OwnAffirmationsProblem>();
  /** Values this page wrote that storage has accepted: the next read supersedes them. */
  const landed = useRef(new Map<string, unknown>());

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
    const items = { ...itemsOf(stored.list), ...pending };
    return parseOwnAffirmations(Object.fromEntries(Object.entries(items).filter(([, value]) => !(value instanceof Removed)))).list;
  }, [stored, pending]);

  const apply = useCallback(async (write: ItemWrite): Promise<OwnAffirmationsProblem | undefined> => {
    const change: Pending = { ...Object.fromEntries(write.remove.map((key) => [key, new Removed()])), ...write.set };
    setPending((current) => ({ ...current, ...change }));
    try {
      await savePreferenceItems(write);
      for (const [key, value] of Object.entries(change)) landed.current.set(key, value);
      setProblem(undefined);
      return undefined;
    } catch (error) {
      // Taken back, unless a later change to the same item has replaced it meanwhile.
      setPending((current) => Object.fromEntries(Object.entries(current).filter(([key, value]) => change[key] !== value)));
      const problem = problemOf(error);
      setProblem(problem);
      return problem;
    }
  }, []);

  return { list, apply, problem };
}
