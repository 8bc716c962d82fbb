
/*
 * "Suggested for now": one exercise that fits the time of day, from those the person hasn't
 * hidden, never the one they did last. Deterministic, so the popup doesn't flicker between
 * suggestions while it is open.
 */
const byTimeOfDay: readonly { until: number; ids: readonly string[] }[] = [
  { until: 5, ids: ['soothing-touch', 'coherent-breathing', 'body-scan'] },
  { until: 11, ids: ['coherent-breathing', 'three-minute-breathing-space', 'values-compass', 'name-it'] },
  { until: 14, ids: ['name-it', 'cyclic-sigh', 'box-breathing', 'friend-check'] },
  { until: 18, ids: ['cyclic-sigh', 'body-scan', 'allow-it', 'friend-check', 'name-it'] },
  { until: 22, ids: ['self-compassion-break', 'body-scan', 'soothing-touch', 'allow-it'] },
  { until: 24, ids: ['soothing-touch', 'four-seven-eight', 'body-scan'] },
];

export interface RecentPractice {
  exercise: string;
  at: number;
}

/** `available`: full exercises, or the popup's listings of them (listed.ts). */
export function suggestExercise<Exercise extends { id: string }>(now: number, recent: readonly RecentPractice[], available: readonly Exercise[]): Exercise | undefined {
  const hour = new Date(now).getHours();
  const fitting = byTimeOfDay.find((slot) => hour < slot.until)?.ids ?? [];
  const newestFirst = [...recent].sort((a, b) => b.at - a.at);
  const last = newestFirst[0]?.exercise;
  const lately = new Set(newestFirst.slice(0, 3).map((entry) => entry.exercise));
  const candidates = [
    ...fitting.map((id) => available.find((exercise) => exercise.id === id)).filter((exercise): exercise is Exercise => exercise !== undefined),
    ...available,
  ].filter((exercise) => exercise.id !== last);
  return candidates.find((exercise) => !lately.has(exercise.id)) ?? candidates[0];
}
