import { isOwnAffirmationKey, parseOwnAffirmations, storedValue, type OwnAffirmation } from './own-affirmations';
import type { ItemWrite } from './preferences-area';

/*
 * Own affirmations the browser refused to store (no room left, too many writes …). The page
 * keeps them in the list, marked, with why, until they are saved or the person removes them:
 * a refused write never takes away words someone wrote. They live only on the page.
 */
export interface UnsavedAffirmation<Problem> {
  affirmation: OwnAffirmation;
  problem: Problem;
}
export type UnsavedAffirmations<Problem> = Readonly<Record<string, UnsavedAffirmation<Problem>>>;

/**
 * After the browser refused a write: the affirmations it would have added to the list shown are
 * kept, with why. Ones already kept stay as they are (new words for them stay in their edit
 * box), and a change to a stored one is simply not made (it is still stored as it was).
 */
export function keepRefused<Problem>(
  unsaved: UnsavedAffirmations<Problem>,
  write: ItemWrite,
  shown: readonly OwnAffirmation[],
  problem: Problem,
): UnsavedAffirmations<Problem> {
  const known = new Set(shown.map((item) => item.id));
  const added = Object.entries(write.set).filter(([key]) => isOwnAffirmationKey(key) && !known.has(key) && !(key in unsaved));
  if (added.length === 0) return unsaved;
  const kept: Record<string, UnsavedAffirmation<Problem>> = {};
  for (const affirmation of parseOwnAffirmations(Object.fromEntries(added)).list) kept[affirmation.id] = { affirmation, problem };
  return { ...unsaved, ...kept };
}

/** After a write landed: what it stored is saved now, and what it removed is gone. */
export function forgetStored<Problem>(unsaved: UnsavedAffirmations<Problem>, write: ItemWrite): UnsavedAffirmations<Problem> {
  const written = [...Object.keys(write.set), ...write.remove].filter((key) => key in unsaved);
  if (written.length === 0) return unsaved;
  return Object.fromEntries(Object.entries(unsaved).filter(([key]) => !written.includes(key)));
}

/**
 * Removing one that was never saved needs no storage: it is only forgotten. Returns the write
 * still to store, and the keys to forget.
 */
export function splitUnsavedRemovals<Problem>(write: ItemWrite, unsaved: UnsavedAffirmations<Problem>): { write: ItemWrite; forget: string[] } {
  const forget = write.remove.filter((key) => key in unsaved);
  if (forget.length === 0) return { write, forget };
  return { write: { set: write.set, remove: write.remove.filter((key) => !forget.includes(key)) }, forget };
}

/** The unsaved ones as items, to be shown under whatever storage and the page hold. */
export function unsavedItems<Problem>(unsaved: UnsavedAffirmations<Problem>): Record<string, { text: string; order: number }> {
  return Object.fromEntries(Object.values(unsaved).map(({ affirmation }) => [affirmation.id, storedValue(affirmation)]));
}
