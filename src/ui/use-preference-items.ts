import { useEffect, useState } from 'preact/hooks';
import type { StoredItems } from '../core/preference-migrations';
import { loadPreferenceItems, watchPreferenceItems } from '../platform/preferences-reader';
import { writePreferenceSnapshot } from './preference-snapshot-store';

let early: Promise<StoredItems> | undefined;

/**
 * Starts the first read as the page's script starts, so it overlaps the first render instead of
 * waiting for it (the popup shows its status that much sooner). The hook picks it up.
 */
export function readPreferenceItemsEarly(): void {
  early ??= loadPreferenceItems();
}

/**
 * The stored preference items, kept live; `initial` (or undefined) until the first read. Every
 * read also refreshes the pages' synchronous snapshot, so the next page paints with it.
 */
export function usePreferenceItems(initial?: StoredItems): StoredItems | undefined {
  const [items, setItems] = useState(initial);
  useEffect(() => {
    const controller = new AbortController();
    let changedMeanwhile = false;
    const take = (next: StoredItems) => {
      writePreferenceSnapshot(next);
      setItems(next);
    };
    const takeUnlessChanged = (next: StoredItems) => {
      // A change that arrived while a read was on its way is newer: keep it.
      if (!controller.signal.aborted && !changedMeanwhile) take(next);
    };
    watchPreferenceItems((next) => {
      changedMeanwhile = true;
      take(next);
    }, controller.signal);
    if (early) {
      void early.then(takeUnlessChanged);
      early = undefined;
    }
    // Also after an early read: a change between it and the watch starting would be missed.
    void loadPreferenceItems().then(takeUnlessChanged);
    return () => controller.abort();
  }, []);
  return items;
}
