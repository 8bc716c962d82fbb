import { parseCarriedAnswers, type CarriedAnswers } from './carried-answers';
import { emotionWords, MAX_EMOTION_PICKS, quadrants, type Quadrant } from './emotions';
import { exercises } from './exercises';
import { MAX_VALUES, valueOptions } from './values';

const knownEmotions: readonly string[] = quadrants.flatMap((quadrant) => emotionWords[quadrant].map((word) => word.id));
const knownValues: readonly string[] = valueOptions.map((value) => value.id);
const knownNotes: readonly string[] = exercises.flatMap((exercise) => exercise.steps.flatMap((step) => (step.kind === 'reflect' ? [step.noteId] : [])));

export interface KnownAnswers extends Omit<CarriedAnswers, 'quadrant'> {
  quadrant?: Quadrant;
}

const only = (given: readonly string[], known: readonly string[], max: number) => [...new Set(given.filter((id) => known.includes(id)))].slice(0, max);

/**
 * Carried answers with only what Kindly knows (its quadrants, words, notes and values, within the
 * runner's limits), so nothing else can reach the journal; undefined when nothing is left.
 */
export function knownAnswers(answers: CarriedAnswers): KnownAnswers | undefined {
  const quadrant = quadrants.find((each) => each === answers.quadrant);
  const known: KnownAnswers = {
    ...(quadrant && { quadrant }),
    emotions: only(answers.emotions, knownEmotions, MAX_EMOTION_PICKS),
    notes: Object.fromEntries(Object.entries(answers.notes).filter(([id]) => knownNotes.includes(id))),
    pickedValues: only(answers.pickedValues, knownValues, MAX_VALUES),
  };
  const empty = !quadrant && known.emotions.length === 0 && Object.keys(known.notes).length === 0 && known.pickedValues.length === 0;
  return empty ? undefined : known;
}

/** The answers stored for the pause window (`{ exercise, answers }`), if they are this exercise's. */
export function carriedFor(stored: unknown, exercise: string): KnownAnswers | undefined {
  if (typeof stored !== 'object' || stored === null || !('exercise' in stored) || stored.exercise !== exercise) return undefined;
  const answers = parseCarriedAnswers('answers' in stored ? stored.answers : undefined);
  return answers && knownAnswers(answers);
}
