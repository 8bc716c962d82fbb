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
