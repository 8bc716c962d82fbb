/*
 * What a person had already given in an exercise (a quadrant, words, notes, values), carried from
 * the popup to the pause window by "Pop out". It comes from a page, through the worker and
 * storage.session, so it is read in two layers: here its shape, piece by piece (a bad piece is
 * dropped and the rest still arrives), with nothing from the exercise data and no schema library
 * code the worker doesn't already carry, so its bundle stays small; then, on the pause page,
 * only the ids Kindly knows (known-answers.ts).
 */
export interface CarriedAnswers {
  quadrant?: string;
  emotions: readonly string[];
  notes: Readonly<Record<string, { text: string; keep: boolean }>>;
  pickedValues: readonly string[];
}

/** Longest note kept; a pause is for a few words, and storage.local is shared with the journal. */
export const NOTE_MAX_LENGTH = 1000;
/** More than any list the runner keeps (two words, five values, one note a step). */
const MOST = 10;

const isId = (value: unknown): value is string => typeof value === 'string' && /^[a-z0-9-]{1,40}$/.test(value);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const ids = (value: unknown) => (Array.isArray(value) ? value.filter(isId).slice(0, MOST) : []);

function notesIn(value: unknown): CarriedAnswers['notes'] {
  const notes: Record<string, { text: string; keep: boolean }> = {};
  if (!isRecord(value)) return notes;
  for (const [id, note] of Object.entries(value).slice(0, MOST)) {
    if (isId(id) && isRecord(note) && typeof note.text === 'string' && note.text.length <= NOTE_MAX_LENGTH) notes[id] = { text: note.text, keep: note.keep === true };
  }
  return notes;
}

/** Answers as sent or stored; undefined when they aren't an object at all. */
export function parseCarriedAnswers(value: unknown): CarriedAnswers | undefined {
  if (!isRecord(value)) return undefined;
  const answers: CarriedAnswers = { emotions: ids(value.emotions), notes: notesIn(value.notes), pickedValues: ids(value.pickedValues) };
  if (isId(value.quadrant)) answers.quadrant = value.quadrant;
  return answers;
}
