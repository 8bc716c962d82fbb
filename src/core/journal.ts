import { localDay } from './local-day';

/*
 * The private journal: one entry per practice done, kept in storage.local only, one key per
 * local day so each write stays small. Ending early is recorded as neutrally as finishing.
 */
export interface JournalEntry {
  exercise: string;
  /** When it started, epoch ms. */
  at: number;
  /** How long it ran, in whole seconds. */
  seconds: number;
  finished: boolean;
  /** Emotion word ids picked in Name it. */
  emotions?: string[];
  /** Notes the person chose to save, by note id. */
  notes?: Record<string, string>;
  /** Values the person held in mind (ids or their own words). */
  values?: string[];
}

const PREFIX = 'journal:';

export function journalKey(at: number): string {
  return `${PREFIX}${localDay(at)}`;
}

export function isJournalKey(key: string): boolean {
  return key.startsWith(PREFIX);
}

/** The day's stored list with this entry added; anything unexpected stored there is kept. */
export function withJournalEntry(stored: unknown, entry: JournalEntry): unknown[] {
  const existing = Array.isArray(stored) ? (stored as unknown[]) : stored === undefined ? [] : [stored];
  return [...existing, entry];
}

/** Entries from stored day lists, newest first, skipping anything that isn't an entry. */
export function journalEntries(items: Record<string, unknown>): JournalEntry[] {
  return Object.entries(items)
    .filter(([key]) => isJournalKey(key))
    .flatMap(([, list]) => (Array.isArray(list) ? (list as unknown[]) : []))
    .filter((entry): entry is JournalEntry => {
      const candidate = entry as Partial<JournalEntry> | null;
      return typeof candidate?.exercise === 'string' && typeof candidate.at === 'number';
    })
    .sort((a, b) => b.at - a.at);
}
