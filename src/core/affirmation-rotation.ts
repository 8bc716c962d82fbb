/*
 * Which affirmation the new tab shows: the pool a person's settings allow, the next one for every
 * new tab, or one for the whole day. Pure: the page passes in the randomness, the day and the
 * state it keeps in localStorage. Small on purpose: it ships in the new tab's bundle.
 */
import { affirmations, type Affirmation } from './affirmations';

/**
 * The ids shown so far in each category's current cycle, oldest first, each at most once; the
 * last one is the affirmation on the previous tab. Small and JSON-safe: the page keeps it in
 * localStorage. It never holds more than the pool's size.
 */
export interface RotationState {
  shown: string[];
  /** Words asked for on the next new tab (Reflections' "Show on my new tab"), in either rotation; that tab clears them. */
  next?: OwnAffirmationText;
}

export interface PoolSettings {
  hiddenCategories: readonly string[];
  ownAffirmations: 'mixed' | 'only';
}

/** The person's own affirmations, as the page has them. */
export interface OwnAffirmationText {
  id: string;
  text: string;
}

/**
 * The affirmations to choose from, never empty: a new tab always has something kind to say.
 * Bundled ones of the visible categories in list order, then the person's own in the order given,
 * so every device with the same settings has the same pool and the daily pick agrees across them.
 * "only" with no own affirmations yet falls back to the bundled pool rather than to nothing, and
 * with every category hidden (and no own words) all the bundled ones come back.
 */
export function affirmationPool(own: readonly OwnAffirmationText[], settings: PoolSettings): Affirmation[] {
  const visible = affirmations.filter(({ category }) => !settings.hiddenCategories.includes(category));
  // An own affirmation with no words would show an empty page; one whose id repeats (or clashes
  // with a bundled id) would confuse the rotation's state, so only its first appearance counts.
  const ids = new Set(affirmations.map(({ id }) => id));
  const mine: Affirmation[] = [];
  for (const { id, text } of own) {
    if (typeof text === 'string' && text.trim() && !ids.has(id)) {
      ids.add(id);
      mine.push({ id, category: 'own', text });
    }
  }
  if (settings.ownAffirmations === 'only' && mine.length > 0) return mine;
  const pool = settings.ownAffirmations === 'only' ? visible : [...visible, ...mine];
  return pool.length > 0 ? pool : [...affirmations];
}

/** An element for a number in [0, 1); anything outside (or NaN) is clamped rather than trusted. */
function pick<T>(list: readonly T[], random: number): T {
  return list[Math.min(list.length - 1, Math.max(0, Math.floor(random * list.length) || 0))] as T;
}

/**
 * The affirmation for a new tab, and the state to keep for the next one.
 *
 * - Categories take turns, so consecutive tabs speak to different practices: the category is drawn
 *   from the two that have gone longest without a turn (never the previous tab's when there is more
 *   than one). Drawing from two rather than always taking the oldest keeps the order from settling
 *   into a fixed loop, and the one left waiting stays among the two oldest, so it comes up soon.
 *   A person's own affirmations take turns as one more category.
 * - Within a category nothing repeats until all of it has been shown; then that category starts a
 *   fresh cycle, which does not open with the one just shown, so a small category never shows the
 *   same words twice running.
 * - Ids no longer in the pool (a hidden category, a deleted own affirmation) are dropped, so the
 *   state stays no bigger than the pool; turning a category back on starts it afresh.
 */
export function nextAffirmation(
  pool: readonly Affirmation[],
  state: RotationState,
  random: () => number,
): { affirmation: Affirmation; state: RotationState } {
  const list = pool.length > 0 ? pool : affirmations;
  const byId = new Map(list.map((affirmation) => [affirmation.id, affirmation]));
  let shown = latestOnce(state.shown.filter((id) => byId.has(id)));
  const categoryOf = (id: string) => byId.get(id)?.category;

  const categories = [...new Set(list.map(({ category }) => category))];
  const lastTurn = new Map(shown.map((id, index) => [categoryOf(id), index]));
  const turn = (category: string) => lastTurn.get(category as Affirmation['category']) ?? -1;
  const previous = categoryOf(shown.at(-1) ?? '');
  const secondOldest = categories.map(turn).sort((a, b) => a - b)[Math.min(1, categories.length - 1)] ?? -1;
  const candidates = categories.filter((category) => turn(category) <= secondOldest && (categories.length < 2 || category !== previous));
  const category = pick(candidates.length > 0 ? candidates : categories, random());

  const members = list.filter((affirmation) => affirmation.category === category);
  let unseen = members.filter(({ id }) => !shown.includes(id));
  if (unseen.length === 0) {
    const justShown = shown.filter((id) => categoryOf(id) === category).at(-1);
    shown = shown.filter((id) => categoryOf(id) !== category);
    unseen = members.length > 1 ? members.filter(({ id }) => id !== justShown) : members;
  }
  const affirmation = pick(unseen, random());
  return { affirmation, state: { shown: [...shown, affirmation.id] } };
}

/**
 * The affirmation for "Another thought" on a tab already showing `current`: the rotation's next,
 * counting `current` as just shown (the daily pick never was in the state), so the same words
 * don't come back and the next is from another category where there is one. Words asked for on
 * the next tab (`next`) stay asked for: this tab's choice isn't that tab's.
 */
export function anotherAffirmation(
  pool: readonly Affirmation[],
  state: RotationState,
  current: Affirmation,
  random: () => number,
): { affirmation: Affirmation; state: RotationState } {
  const shown = [...state.shown.filter((id) => id !== current.id), current.id];
  const drawn = nextAffirmation(pool, { shown }, random);
  return { affirmation: drawn.affirmation, state: state.next ? { ...drawn.state, next: state.next } : drawn.state };
}

/**
 * One affirmation for the whole local day ("YYYY-MM-DD"): a hash of the day picks it, so it stays
 * put however many tabs open and whatever the every-tab state does, agrees across devices with the
 * same pool, and usually changes from one day to the next. FNV-1a: tiny, and good enough to spread
 * short strings.
 */
export function dailyAffirmation(pool: readonly Affirmation[], day: string): Affirmation {
  const list = pool.length > 0 ? pool : affirmations;
  let hash = 0x811c9dc5;
  for (let index = 0; index < day.length; index++) hash = Math.imul(hash ^ day.charCodeAt(index), 0x01000193);
  return list[(hash >>> 0) % list.length] as Affirmation;
}

/**
 * The words asked for on this tab, if any, and the state to keep: without them, so the tab after
 * goes back to the rotation. Every-tab rotation counts them as shown (they are the previous tab's
 * now); the daily pick is a hash of the day and is left as it was.
 */
export function takeNext(state: RotationState, rotation: 'every-tab' | 'daily'): { affirmation: Affirmation; state: RotationState } | undefined {
  const { next, shown } = state;
  if (!next) return undefined;
  const affirmation: Affirmation = { id: next.id, category: 'own', text: next.text };
  return { affirmation, state: { shown: rotation === 'daily' ? shown : [...shown.filter((id) => id !== next.id), next.id] } };
}

/** More than any pool holds: a bound for state read back from storage. */
const MAX_SHOWN = 1000;
/** Far more than an own affirmation holds (160): a bound for words read back from storage. */
const MAX_NEXT_TEXT = 1000;

function parseNext(value: unknown): OwnAffirmationText | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, text } = value as { id?: unknown; text?: unknown };
  if (typeof id !== 'string' || id === '' || typeof text !== 'string' || !text.trim() || text.length > MAX_NEXT_TEXT) return undefined;
  return { id, text };
}

/**
 * State read back from localStorage (the parsed value or the raw JSON string). Never throws:
 * anything unreadable starts the rotation afresh, which costs nothing but a possible early repeat.
 */
export function parseRotationState(raw: unknown): RotationState {
  try {
    const value: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
    const record = typeof value === 'object' && value !== null ? (value as { shown?: unknown; next?: unknown }) : {};
    const next = parseNext(record.next);
    const shown = Array.isArray(record.shown) ? latestOnce(record.shown.filter((id): id is string => typeof id === 'string' && id !== '')).slice(-MAX_SHOWN) : [];
    return next ? { shown, next } : { shown };
  } catch {
    return { shown: [] };
  }
}

/** Each id once, where it was last shown, in order. */
function latestOnce(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (let index = ids.length - 1; index >= 0; index--) {
    const id = ids[index] as string;
    if (!seen.has(id)) kept.push(id);
    seen.add(id);
  }
  return kept.reverse();
}
