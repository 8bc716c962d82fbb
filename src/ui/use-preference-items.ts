import { useEffect, useState } from 'preact/hooks';
import type { StoredItems } from '../core/preference-migrations';
import { loadPreferenceItems, watchPreferenceItems } from '../platform/preferences-reader';
import { writePreferenceSnapshot } from './preference-snapshot-store';

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
    watchPreferenceItems((next) => {
      changedMeanwhile = true;
      take(next);
    }, controller.signal);
    void loadPreferenceItems().then((first) => {
      // A change that arrived while the first read was on its way is newer: keep it.
      if (!controller.signal.aborted && !changedMeanwhile) take(first);
    });
    return () => controller.abort();
  }, []);
  return items;
}
