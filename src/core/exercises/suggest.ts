
/*
 * "Suggested for now": one exercise that fits the time of day, from those the person hasn't
 * hidden, never the one they did last. Deterministic, so the popup doesn't flicker between
 * suggestions while it is open.
 */
const byTimeOfDay: readonly { until: number; ids: readonly string[] }[] = [
  { until: 5, ids: ['soothing-touch', 'coherent-breathing', 'body-scan'] },
  { until: 11, ids: ['coherent-breathing', 'three-minute-breathing-space', 'values-compass', 'name-it'] },
  { until: 14, ids: ['name-it', 'cyclic-sigh', 'box-breathing', 'friend-check'] },
  { until: 18, ids: ['cyclic-sigh', 'body-scan', 'allow-it', 'after-a-mistake', 'friend-check', 'name-it'] },
  { until: 22, ids: ['self-compassion-break', 'inner-critic', 'body-scan', 'soothing-touch', 'allow-it'] },
  { until: 24, ids: ['soothing-touch', 'four-seven-eight', 'body-scan'] },
];

export interface RecentPractice {
  exercise: string;
  at: number;
  /** Feeling words named, if any (Name it). */
  emotions?: readonly string[];
}

/** Words that say a person is overwhelmed: grounding comes first after them. */
const groundingWords: readonly string[] = ['panicky', 'overwhelmed', 'anxious'];
/** How long after naming one of them grounding is still offered first. */
const GROUNDING_WINDOW_MS = 2 * 60 * 60_000;
/** The practice offered first then (the popup's suggestion, the pause window's Another practice). */
export const GROUNDING_EXERCISE_ID = 'ground-yourself';

/** Whether the feeling words named say that grounding should be offered first. */
export const callsForGrounding = (emotions: readonly string[] | undefined): boolean => emotions?.some((word) => groundingWords.includes(word)) ?? false;

/** `available`: full exercises, or the popup's listings of them (listed.ts). */
export function suggestExercise<Exercise extends { id: string }>(now: number, recent: readonly RecentPractice[], available: readonly Exercise[]): Exercise | undefined {
  const hour = new Date(now).getHours();
  const fitting = byTimeOfDay.find((slot) => hour < slot.until)?.ids ?? [];
  const newestFirst = [...recent].sort((a, b) => b.at - a.at);
  const last = newestFirst[0]?.exercise;
  const lately = new Set(newestFirst.slice(0, 3).map((entry) => entry.exercise));
  // Someone who just named panicky, overwhelmed or anxious is offered grounding before anything else.
  const newest = newestFirst[0];
  const grounding = newest && now - newest.at < GROUNDING_WINDOW_MS && callsForGrounding(newest.emotions) ? [GROUNDING_EXERCISE_ID] : [];
  const candidates = [
    ...[...grounding, ...fitting].map((id) => available.find((exercise) => exercise.id === id)).filter((exercise): exercise is Exercise => exercise !== undefined),
    ...available,
  ].filter((exercise) => exercise.id !== last);
  return candidates.find((exercise) => !lately.has(exercise.id)) ?? candidates[0];
}
