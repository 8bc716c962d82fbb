/** How a set of active days reads in words; the UI turns each kind into a localized phrase. */
export type ActiveDaysSummary =
  | { kind: 'none' }
  | { kind: 'every-day' }
  | { kind: 'weekdays' }
  | { kind: 'weekend' }
  | { kind: 'list'; days: number[] };

export function summarizeActiveDays(days: readonly number[]): ActiveDaysSummary {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const key = sorted.join(',');
  if (sorted.length === 0) return { kind: 'none' };
  if (key === '0,1,2,3,4,5,6') return { kind: 'every-day' };
  if (key === '1,2,3,4,5') return { kind: 'weekdays' };
  if (key === '0,6') return { kind: 'weekend' };
  // Weeks are read Monday first here; Sunday (0) goes last.
  return { kind: 'list', days: [...sorted.filter((day) => day !== 0), ...sorted.filter((day) => day === 0)] };
}
