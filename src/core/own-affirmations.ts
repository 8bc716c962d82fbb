import { isPlainRecord } from './json-equal';
import type { StoredItems } from './preference-migrations';
import type { InvalidPreference } from './preferences';
import type { ItemWrite } from './preferences-area';
import { OWN_AFFIRMATION_PREFIX } from './storage-keys';

/*
 * The person's own new-tab affirmations. Each is one item, "affirmation.<id>" → { text, order },
 * kept beside the preferences (same area, so it travels with area switches, exports and
 * imports): two browsers editing different affirmations never overwrite each other, and the
 * count limit keeps them far inside storage.sync's 512 items and 100 KB.
 */
export const ownAffirmationLimits = { count: 50, characters: 160 } as const;

export interface OwnAffirmation {
  /** The full storage key, e.g. "affirmation.k3j9x0q2". */
  id: string;
  text: string;
  order: number;
}

export interface ParsedOwnAffirmations {
  list: OwnAffirmation[];
  invalid: InvalidPreference[];
}

export type OwnAffirmationProblem = 'empty' | 'too-long' | 'too-many' | 'not-found';
/** What to write for a change, or why it can't be made. */
export type OwnAffirmationChange = ItemWrite | { problem: OwnAffirmationProblem };

/** Neighbours closer than this leave no room in between: the whole list is numbered afresh. */
const MIN_GAP = 1e-6;
const idPattern = /^[a-z0-9]{8,12}$/;

export function isOwnAffirmationKey(key: string): boolean {
  return key.startsWith(OWN_AFFIRMATION_PREFIX) && key.length > OWN_AFFIRMATION_PREFIX.length;
}

/** Characters as a person counts them: an emoji is one. */
export function characterCount(text: string): number {
  return [...text].length;
}

/** Why text can't be saved as it is (after trimming), if it can't. */
export function textProblem(text: string): 'empty' | 'too-long' | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return 'empty';
  return characterCount(trimmed) > ownAffirmationLimits.characters ? 'too-long' : undefined;
}

function problemWith(key: string, value: unknown): string | undefined {
  if (!idPattern.test(key.slice(OWN_AFFIRMATION_PREFIX.length))) return 'Unexpected name for an own affirmation';
  if (!isPlainRecord(value)) return 'Expected an own affirmation with text and order';
  if (typeof value.text !== 'string' || textProblem(value.text)) {
    return `Expected text of 1 to ${ownAffirmationLimits.characters} characters`;
  }
  if (typeof value.order !== 'number' || !Number.isFinite(value.order)) return 'Expected a number for its place';
  return undefined;
}

const byOrder = (a: OwnAffirmation, b: OwnAffirmation) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * From stored items (any area; other keys are ignored): the usable ones sorted by order then id,
 * and the unusable ones reported with their raw values so they can be backed up. Never throws.
 */
export function parseOwnAffirmations(items: StoredItems): ParsedOwnAffirmations {
  const list: OwnAffirmation[] = [];
  const invalid: InvalidPreference[] = [];
  for (const [key, value] of Object.entries(items)) {
    if (!isOwnAffirmationKey(key) || value === undefined) continue;
    const reason = problemWith(key, value);
    if (reason) invalid.push({ key, value, reason });
    else {
      const { text, order } = value as { text: string; order: number };
      list.push({ id: key, text, order });
    }
  }
  return { list: list.sort(byOrder), invalid };
}

/** The stored value of one affirmation. */
export function storedValue(affirmation: OwnAffirmation): { text: string; order: number } {
  return { text: affirmation.text, order: affirmation.order };
}

const setting = (items: readonly OwnAffirmation[]): ItemWrite => ({
  set: Object.fromEntries(items.map((item) => [item.id, storedValue(item)])),
  remove: [],
});

/** Every item numbered 1, 2, 3 … in this order; only those whose number changes are written. */
function renumbered(items: readonly OwnAffirmation[]): ItemWrite {
  return setting(items.map((item, index) => ({ ...item, order: index + 1 })).filter((item, index) => item.order !== items[index]?.order));
}

/** A place strictly between two neighbours (either may be missing), or undefined if there's no room. */
function orderBetween(before: OwnAffirmation | undefined, after: OwnAffirmation | undefined): number | undefined {
  if (before && after && after.order - before.order < MIN_GAP) return undefined;
  const order = before && after ? before.order + (after.order - before.order) / 2 : before ? before.order + 1 : after ? after.order - 1 : 1;
  const fits = Number.isFinite(order) && (!before || order > before.order) && (!after || order < after.order);
  return fits ? order : undefined;
}

/** A new affirmation at the end. `newId` (8–12 of a–z, 0–9) is the caller's randomness. */
export function add(list: readonly OwnAffirmation[], text: string, newId: string): OwnAffirmationChange {
  const problem = textProblem(text) ?? (list.length >= ownAffirmationLimits.count ? 'too-many' : undefined);
  if (problem) return { problem };
  const id = OWN_AFFIRMATION_PREFIX + newId;
  if (!idPattern.test(newId) || list.some((item) => item.id === id)) throw new RangeError(`Unusable id for an own affirmation: ${newId}`);
  const order = orderBetween(list.at(-1), undefined);
  const added = { id, text: text.trim(), order: order ?? list.length + 1 };
  if (order !== undefined) return setting([added]);
  const write = renumbered(list);
  return { set: { ...write.set, ...setting([added]).set }, remove: [] };
}

export function edit(list: readonly OwnAffirmation[], id: string, text: string): OwnAffirmationChange {
  const item = list.find((candidate) => candidate.id === id);
  if (!item) return { problem: 'not-found' };
  const problem = textProblem(text);
  if (problem) return { problem };
  return setting([{ ...item, text: text.trim() }]);
}

export function remove(list: readonly OwnAffirmation[], id: string): OwnAffirmationChange {
  return list.some((item) => item.id === id) ? { set: {}, remove: [id] } : { problem: 'not-found' };
}

/** Puts a removed affirmation back as it was (for Undo). */
export function restore(list: readonly OwnAffirmation[], affirmation: OwnAffirmation): OwnAffirmationChange {
  if (list.some((item) => item.id === affirmation.id)) return { set: {}, remove: [] };
  return list.length >= ownAffirmationLimits.count ? { problem: 'too-many' } : setting([affirmation]);
}

/**
 * Moves one affirmation to `toIndex` of the list. Only the moved item is written (its order
 * becomes the midpoint of its new neighbours), unless they are too close: then all are
 * renumbered in one write.
 */
export function move(list: readonly OwnAffirmation[], id: string, toIndex: number): OwnAffirmationChange {
  const sorted = [...list].sort(byOrder);
  const from = sorted.findIndex((item) => item.id === id);
  const item = sorted[from];
  if (!item) return { problem: 'not-found' };
  const to = Math.min(Math.max(0, Math.trunc(toIndex)), sorted.length - 1);
  if (to === from) return { set: {}, remove: [] };
  const others = sorted.filter((other) => other.id !== id);
  const order = orderBetween(others[to - 1], others[to]);
  if (order !== undefined) return setting([{ ...item, order }]);
  return renumbered([...others.slice(0, to), item, ...others.slice(to)]);
}

/** Whether a change is a write (rather than a problem). */
export function isWrite(change: OwnAffirmationChange): change is ItemWrite {
  return !('problem' in change);
}
