import { NOTE_MAX_LENGTH } from '../../core/carried-answers';
import type { Quadrant } from '../../core/emotions';
import type { Exercise } from '../../core/exercises/types';
import type { JournalEntry } from '../../core/journal';
import type { RunnerState } from '../../core/runner';

export interface NoteDraft {
  text: string;
  /** Ticked from the start, so what is written is kept unless the person unticks it. */
  keep: boolean;
}

/** What the person gave along the way; only some of it, by their choice, reaches the journal. */
export interface RunnerAnswers {
  /** Name it's first choice, kept with the words so a popped-out run shows both. */
  quadrant?: Quadrant;
  emotions: readonly string[];
  notes: Readonly<Record<string, NoteDraft>>;
  /** Values picked here for this session, when none were chosen in Options. */
  pickedValues: readonly string[];
}

export const noAnswers: RunnerAnswers = { emotions: [], notes: {}, pickedValues: [] };
export const emptyNote: NoteDraft = { text: '', keep: true };

export { NOTE_MAX_LENGTH };

/** The one journal entry of a run: what was done, when, for how long, and what the person kept. */
export function journalEntryFor(
  exercise: Exercise,
  state: RunnerState,
  answers: RunnerAnswers,
  chosenValues: readonly string[],
  startedAt: number,
): JournalEntry {
  const entry: JournalEntry = {
    exercise: exercise.id,
    at: startedAt,
    seconds: Math.round(state.elapsedMs / 1000),
    finished: !state.endedEarly,
  };
  if (answers.emotions.length > 0) entry.emotions = [...answers.emotions];
  const kept = Object.entries(answers.notes)
    .filter(([, note]) => note.keep && note.text.trim() !== '')
    .map(([id, note]) => [id, note.text.trim().slice(0, NOTE_MAX_LENGTH)]);
  if (kept.length > 0) entry.notes = Object.fromEntries(kept) as Record<string, string>;
  // Values count as held in mind once their step has been shown.
  const valuesStep = exercise.steps.findIndex((step) => step.kind === 'values');
  const values = chosenValues.length > 0 ? chosenValues : answers.pickedValues;
  if (valuesStep >= 0 && state.step >= valuesStep && values.length > 0) entry.values = [...values];
  return entry;
}

/** Whether the entry keeps something the person gave in words: a note, or the feelings they named. */
export function keepsWords(entry: JournalEntry): boolean {
  return entry.notes !== undefined || (entry.emotions?.length ?? 0) > 0;
}
