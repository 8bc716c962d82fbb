import { useCallback, useState } from 'preact/hooks';
import * as own from '../core/own-affirmations';
import { OWN_AFFIRMATION_PREFIX } from '../core/storage-keys';
import { savePreferenceItems } from '../platform/preferences-store';
import { PreferencesReadOnlyError, StorageQuotaError, type QuotaKind } from '../platform/storage-errors';
import { unusedAffirmationId } from '../ui/new-affirmation-id';
import { showOnNextNewTab } from '../ui/rotation-store';
import { useOwnAffirmations } from '../ui/use-own-affirmations';

/** Why words could not be added, as Options' own-affirmations editor tells them apart. */
export type ShowProblem = QuotaKind | 'read-only' | 'other' | own.OwnAffirmationProblem;

export interface ShowOnNewTab {
  /** The person's own affirmations; undefined until first read. */
  list: own.OwnAffirmation[] | undefined;
  /** Texts added from this page, shown as on the new tab before the list has caught up. */
  added: ReadonlySet<string>;
  /** Adds the words as an own affirmation and asks the next new tab for them; resolves to why not, if not. */
  show: (text: string) => Promise<ShowProblem | undefined>;
}

function problemOf(error: unknown): ShowProblem {
  if (error instanceof PreferencesReadOnlyError) return 'read-only';
  return error instanceof StorageQuotaError ? error.kind : 'other';
}

/** "Show on my new tab": the same add as Options' editor (core/own-affirmations.ts), then the next tab shows them. */
export function useShowOnNewTab(): ShowOnNewTab {
  const parsed = useOwnAffirmations();
  const list = parsed?.list;
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  const show = useCallback(
    async (text: string): Promise<ShowProblem | undefined> => {
      if (!list) return 'other';
      const id = unusedAffirmationId(list);
      const change = own.add(list, text, id);
      if (!own.isWrite(change)) return change.problem;
      try {
        await savePreferenceItems(change);
      } catch (error) {
        return problemOf(error);
      }
      const words = text.trim();
      showOnNextNewTab({ id: OWN_AFFIRMATION_PREFIX + id, text: words });
      setAdded((current) => new Set([...current, words]));
      return undefined;
    },
    [list],
  );
  return { list, added, show };
}
