import { useEffect, useMemo, useState } from 'preact/hooks';
import { readHistory, type History } from '../core/reflections/history';
import { followHistoryItems, readHistoryItems } from '../platform/history-store';
import { removeExpiredHistory } from '../platform/history-retention';
import type { Items } from '../platform/storage';

export interface LoadedHistory {
  /** The day lists as stored, for the JSON export. */
  items: Items;
  history: History;
}

function withChanges(items: Items, changed: Items): Items {
  const next = { ...items };
  for (const [key, value] of Object.entries(changed)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next;
}

/**
 * The history, read once as the page opens and kept up to date from storage's changes, so a
 * practice done in the popup shows here without a reload. Undefined until the first read.
 */
export function useHistory(): LoadedHistory | undefined {
  const [items, setItems] = useState<Items>();
  useEffect(() => {
    const controller = new AbortController();
    // A change that lands while the first read is on its way is applied on top of it.
    let early: Items = {};
    let read = false;
    followHistoryItems((changed) => {
      if (read) setItems((current) => withChanges(current ?? {}, changed));
      else early = { ...early, ...changed };
    }, controller.signal);
    void readHistoryItems().then((stored) => {
      if (controller.signal.aborted) return;
      read = true;
      setItems(withChanges(stored, early));
      // Days the person's keep-for has gone past go now (the writes only sweep the days just
      // gone); their removal reaches the page as a change. If it fails, they stay, as stored.
      removeExpiredHistory(Object.keys(stored), Date.now()).catch(() => undefined);
    });
    return () => controller.abort();
  }, []);
  return useMemo(() => items && { items, history: readHistory(items) }, [items]);
}
