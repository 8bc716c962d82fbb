import { emotionWords, quadrantOfWord, quadrants, type Quadrant } from '../emotions';
import type { JournalEntry } from '../journal';

/*
 * The person's emotional vocabulary: the different feeling words named this calendar month and
 * last month (local time), and which of this month's are new. It is there to notice, never a
 * score: the page says the numbers plainly and never compares them as a gain or a loss.
 */

export interface VocabularyWord {
  id: string;
  /** Never named before this month. */
  isNew: boolean;
}

export interface Vocabulary {
  /** Different words named this month, by quadrant, each quadrant in the picker's order. */
  thisMonth: Record<Quadrant, VocabularyWord[]>;
  thisMonthCount: number;
  newCount: number;
  lastMonthCount: number;
}

function monthStart(now: number, monthsBack: number): number {
  const date = new Date(now);
  return new Date(date.getFullYear(), date.getMonth() - monthsBack, 1).getTime();
}

function wordsBetween(entries: readonly JournalEntry[], from: number, until: number): Set<string> {
  const words = new Set<string>();
  for (const entry of entries) {
    if (entry.at < from || entry.at >= until) continue;
    for (const id of entry.emotions ?? []) if (quadrantOfWord(id)) words.add(id);
  }
  return words;
}

/** Words this version doesn't know (from a later one) are left out: they can't be shown. */
export function emotionalVocabulary(entries: readonly JournalEntry[], now: number): Vocabulary {
  const thisStart = monthStart(now, 0);
  const named = wordsBetween(entries, thisStart, monthStart(now, -1));
  const before = wordsBetween(entries, -Infinity, thisStart);
  const lastMonth = wordsBetween(entries, monthStart(now, 1), thisStart);
  const thisMonth = Object.fromEntries(
    quadrants.map((quadrant) => [
      quadrant,
      emotionWords[quadrant].filter(({ id }) => named.has(id)).map(({ id }) => ({ id, isNew: !before.has(id) })),
    ]),
  ) as Record<Quadrant, VocabularyWord[]>;
  const newCount = Object.values(thisMonth).flat().filter(({ isNew }) => isNew).length;
  return { thisMonth, thisMonthCount: named.size, newCount, lastMonthCount: lastMonth.size };
}
