import type { JournalEntry } from '../journal';
import { characterCount, ownAffirmationLimits, type OwnAffirmation } from '../own-affirmations';

/*
 * The words a person gave themselves: the notes of Friend check ('friend'), the self-compassion
 * break ('kind-words'), Meet the inner critic ('critic-reply') and After a mistake ('carry-on'),
 * newest first, each of which can become an own affirmation on the new tab.
 */
export const kindWordNoteIds = ['friend', 'kind-words', 'critic-reply', 'carry-on'] as const;

export interface KindWords {
  at: number;
  exercise: string;
  noteId: (typeof kindWordNoteIds)[number];
  /** As written, trimmed. */
  text: string;
}

/**
 * Entries come newest first, as the history reads them; so do the words. Words written more than
 * once (people come back to a phrase that helps) are listed once, where they were last written.
 */
export function kindWords(entries: readonly JournalEntry[]): KindWords[] {
  const found: KindWords[] = [];
  for (const entry of entries) {
    for (const noteId of kindWordNoteIds) {
      const text = entry.notes?.[noteId]?.trim();
      if (text) found.push({ at: entry.at, exercise: entry.exercise, noteId, text });
    }
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => b.at - a.at)
    .filter(({ text }) => {
      if (seen.has(text)) return false;
      seen.add(text);
      return true;
    });
}

/** Whether words can go on the new tab as an own affirmation, or why not. */
export type NewTabChoice = 'can-add' | 'on-new-tab' | 'too-long' | 'list-full';

export function newTabChoice(text: string, own: readonly OwnAffirmation[]): NewTabChoice {
  const words = text.trim();
  if (own.some((item) => item.text.trim() === words)) return 'on-new-tab';
  if (characterCount(words) > ownAffirmationLimits.characters) return 'too-long';
  return own.length >= ownAffirmationLimits.count ? 'list-full' : 'can-add';
}
