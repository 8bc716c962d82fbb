import { useEffect, useState } from 'preact/hooks';
import type { StoredItems } from '../core/preference-migrations';
import { followPreferenceItems, loadPreferenceItems } from '../platform/preferences-reader';
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
 * The stored preference items, kept live; `initial` (the pages' snapshot, for a page that paints
 * from it) or undefined until the first read. Every read also refreshes that snapshot.
 */
export function usePreferenceItems(initial?: StoredItems): StoredItems | undefined {
  const [items, setItems] = useState(initial);
  useEffect(() => {
    const controller = new AbortController();
    followPreferenceItems(
      (next) => {
        writePreferenceSnapshot(next);
        setItems(next);
      },
      controller.signal,
      early,
    );
    early = undefined;
    return () => controller.abort();
  }, []);
  return items;
}
