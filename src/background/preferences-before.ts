import { parsePreferencesArea, preferenceItems, type PreferencesArea } from '../core/preferences-area';
import { PREFERENCES_AREA_KEY } from '../core/storage-keys';
import type { ItemChanges, Items } from '../platform/storage';

/** The stored items as they were before these changes. */
export function itemsBefore(current: Items, changes: ItemChanges): Items {
  const before = { ...current };
  for (const [key, change] of Object.entries(changes)) {
    if (change.oldValue === undefined || change.oldValue === null) delete before[key];
    else before[key] = change.oldValue;
  }
  return before;
}

export function touchesReminders(changes: ItemChanges): boolean {
  return Object.keys(changes).some((key) => key.startsWith('reminders.'));
}

/**
 * The preference items this device read before a change to `changed`, or undefined when the
 * change was in an area it doesn't read preferences from. A change of area counts: the
 * preferences before it are those of the area it came from.
 */
export function preferencesBefore(changed: PreferencesArea, changes: ItemChanges, now: Record<PreferencesArea, Items>): Items | undefined {
  const areaChange = changed === 'local' ? changes[PREFERENCES_AREA_KEY] : undefined;
  const from = parsePreferencesArea(areaChange ? areaChange.oldValue : now.local[PREFERENCES_AREA_KEY]);
  if (from === changed) return preferenceItems(itemsBefore(now[changed], changes));
  return areaChange ? preferenceItems(now[from]) : undefined;
}
