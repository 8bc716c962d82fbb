import type { BreathingPatternId } from '../breathing';

/*
 * An exercise is data: a list of steps the shared runner (src/ui/runner) knows how to show.
 * Every string is a message key in _locales; adding an exercise is one file here and one line in
 * the registry (exercises/index.ts).
 */

/** The five practices of self-compassion (docs/design.md), in the order the popup lists them. */
export const practices = ['mindfulness', 'naming', 'acceptance', 'friend', 'values'] as const;
export type Practice = (typeof practices)[number];

export type ExerciseStep =
  /**
   * A line to read and do at one's own pace: it waits for Next, with no countdown to hurry a slow
   * reader or hold a quick one. `intro` marks a line that sets up the step after it (the breathing
   * a settling line leads into): it shares that step's number, so "Step 1 of 2" is never one sentence.
   * `aside` is a quieter line under it, such as a way out of a practice that may stir things up.
   */
  | { kind: 'guide'; text: string; intro?: true; aside?: string }
  /**
   * A line to stay with for a set time, where the time is the practice (attention resting on one
   * part of the body): it runs by itself, shows its time left, and can be paused.
   */
  | { kind: 'dwell'; text: string; seconds: number }
  /** Paced breathing; its length comes from `minutes`, else from the person's preference (1–5). */
  | { kind: 'breathing'; pattern: BreathingPatternId; minutes?: { min: number; max: number }; note?: string }
  /** Soothing or supportive touch, with alternatives offered since any one gesture can feel awkward. */
  | { kind: 'touch'; seconds: number }
  /** An optional private note; kept only if the person chooses to save it. */
  | { kind: 'reflect'; prompt: string; placeholder: string; noteId: 'friend' | 'makes-sense' | 'next-step' | 'kind-words' | 'critic-reply' | 'carry-on' }
  /** Name it: a 2×2 choice of quadrant, then up to two precise words. */
  | { kind: 'name-emotion' }
  /** The person's values (from Options, or picked here, up to five), checked against what's next. */
  | { kind: 'values' };

/** The ids a reflect step keeps its note under in the journal. */
export type NoteId = Extract<ExerciseStep, { kind: 'reflect' }>['noteId'];

export interface Exercise {
  /** kebab-case, stable: stored in the journal and in preferences (favourites, hidden). */
  id: string;
  practice: Practice;
  /** Message keys. */
  title: string;
  summary: string;
  closing: string;
  /** For a practice whose holds can be off (box): the closing then, so it says what was done. */
  closingWithoutHolds?: string;
  steps: readonly ExerciseStep[];
}
