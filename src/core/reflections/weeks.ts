import { quadrantOfWord, quadrants, type Quadrant } from '../emotions';
import type { JournalEntry } from '../journal';
import { wholePercentages } from './shares';
import type { Weekday } from './week-start';

/*
 * The last four weeks at a glance: calendar weeks in local time, each starting on the locale's
 * first day. Days are built by calendar arithmetic (new Date(y, m, d + i)), so a week across a
 * daylight-saving change still has seven whole days of 23 or 25 hours where they fall.
 */

export interface WeekAtAGlance {
  /** The local start of each of its seven days, epoch ms, first day first. */
  days: number[];
  /** When the next week begins. */
  end: number;
  /** Entries with at least one named feeling this version knows. */
  checkIns: number;
  /** Whole percentages of the check-ins' feelings in each quadrant, summing to 100; undefined with none. */
  shares: Record<Quadrant, number> | undefined;
  /** Practices done (journal entries) on each of its days. */
  pausesPerDay: number[];
}

/** The local start of the week `now` is in. */
export function weekStart(now: number, firstDay: Weekday): number {
  const date = new Date(now);
  const back = (date.getDay() - firstDay + 7) % 7;
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - back).getTime();
}

/** The local start of the day `days` calendar days after the one `from` is in. */
function dayAfter(from: number, days: number): number {
  const date = new Date(from);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days).getTime();
}

/** Each quadrant's part of one check-in: a check-in with words in two quadrants counts half to each. */
function quadrantWeights(entry: JournalEntry): Map<Quadrant, number> | undefined {
  const known = (entry.emotions ?? []).map(quadrantOfWord).filter((quadrant) => quadrant !== undefined);
  if (known.length === 0) return undefined;
  const weights = new Map<Quadrant, number>();
  for (const quadrant of known) weights.set(quadrant, (weights.get(quadrant) ?? 0) + 1 / known.length);
  return weights;
}

function glance(entries: readonly JournalEntry[], start: number): WeekAtAGlance {
  const days = Array.from({ length: 7 }, (_, index) => dayAfter(start, index));
  const end = dayAfter(start, 7);
  const pausesPerDay = days.map(() => 0);
  const totals = new Map<Quadrant, number>();
  let checkIns = 0;
  for (const entry of entries) {
    if (entry.at < start || entry.at >= end) continue;
    const day = days.findLastIndex((dayStart) => dayStart <= entry.at);
    pausesPerDay[day] = (pausesPerDay[day] ?? 0) + 1;
    const weights = quadrantWeights(entry);
    if (!weights) continue;
    checkIns += 1;
    for (const [quadrant, weight] of weights) totals.set(quadrant, (totals.get(quadrant) ?? 0) + weight);
  }
  const percentages = wholePercentages(quadrants.map((quadrant) => totals.get(quadrant) ?? 0));
  const shares = checkIns > 0 ? (Object.fromEntries(quadrants.map((quadrant, index) => [quadrant, percentages[index] ?? 0])) as Record<Quadrant, number>) : undefined;
  return { days, end, checkIns, shares, pausesPerDay };
}

/** The four calendar weeks ending with the one `now` is in, oldest first. An empty week is simply empty. */
export function lastFourWeeks(entries: readonly JournalEntry[], now: number, firstDay: Weekday): WeekAtAGlance[] {
  const thisWeek = weekStart(now, firstDay);
  return [21, 14, 7, 0].map((daysBack) => glance(entries, dayAfter(thisWeek, -daysBack)));
}
