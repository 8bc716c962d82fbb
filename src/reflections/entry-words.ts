import { emotionWordById, quadrantLabels, quadrantOfWord, quadrants } from '../core/emotions';
import { catalogue } from '../core/exercises/catalogue';
import type { NoteId } from '../core/exercises/types';
import type { CsvWords } from '../core/reflections/history-csv';
import { practiceOfExercise } from '../core/reflections/timeline-filter';
import { valueLabelKey } from '../core/values';
import { messagesLanguage, t, type MessageKey } from '../ui/i18n';
import { practiceTitles } from '../ui/practice-titles';

/*
 * How an entry reads in the page's language, on screen and in the CSV alike. Anything a later
 * Kindly stores that this one doesn't know (an exercise, a word) is shown as it was written.
 */
export function exerciseTitle(exercise: string): string {
  const listed = catalogue.find((candidate) => candidate.id === exercise);
  return listed ? t(listed.title as MessageKey) : exercise;
}

export function practiceTitle(exercise: string): string {
  const practice = practiceOfExercise(exercise);
  return practice ? t(practiceTitles[practice]) : '';
}

export function feelingWord(id: string): string {
  const word = emotionWordById(id);
  return word ? t(word.key as MessageKey) : id;
}

/** "calm, grateful (Pleasant, little energy); tense (Unpleasant, lots of energy)". */
export function feelingsWithQuadrants(ids: readonly string[]): string {
  const list = new Intl.ListFormat(messagesLanguage(), { type: 'unit' });
  const groups = quadrants
    .map((quadrant) => ({ quadrant, words: ids.filter((id) => quadrantOfWord(id) === quadrant) }))
    .filter(({ words }) => words.length > 0)
    .map(({ quadrant, words }) => `${list.format(words.map(feelingWord))} (${t(quadrantLabels[quadrant] as MessageKey)})`);
  const unknown = ids.filter((id) => quadrantOfWord(id) === undefined);
  return [...groups, ...unknown].join('; ');
}

/** Every note id has its label: typed by the ids, so a new practice's note can't go unnamed. */
const noteLabels: Readonly<Record<NoteId, MessageKey>> = {
  friend: 'reflectionsNoteFriend',
  'kind-words': 'reflectionsNoteKindWords',
  'makes-sense': 'reflectionsNoteMakesSense',
  'next-step': 'reflectionsNoteNextStep',
  'critic-reply': 'reflectionsNoteCriticReply',
  'carry-on': 'reflectionsNoteCarryOn',
};

export function noteLabel(noteId: string): string {
  const key = noteLabels[noteId as NoteId] as MessageKey | undefined;
  return key ? t(key) : noteId;
}

export function valueWords(value: string): string {
  const key = valueLabelKey(value);
  return key ? t(key as MessageKey) : value;
}

/** The date and time as the person's locale writes them, e.g. "14 Mar 2026, 10:00". */
export function dateTimeFormat(): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(messagesLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
}

export function csvWords(): CsvWords {
  const format = dateTimeFormat();
  return {
    headings: {
      localTime: t('reflectionsCsvLocalTime'),
      isoTime: t('reflectionsCsvIsoTime'),
      practice: t('reflectionsCsvPractice'),
      exercise: t('reflectionsCsvExercise'),
      finished: t('reflectionsCsvFinished'),
      seconds: t('reflectionsCsvSeconds'),
      feelings: t('reflectionsCsvFeelings'),
      notes: t('reflectionsCsvNotes'),
      values: t('reflectionsCsvValues'),
    },
    localTime: (at) => format.format(at),
    practice: practiceTitle,
    exercise: exerciseTitle,
    finished: (finished) => t(finished ? 'reflectionsCsvYes' : 'reflectionsCsvNo'),
    feeling: feelingWord,
    note: (noteId, text) => `${noteLabel(noteId)}: ${text}`,
    value: valueWords,
  };
}
