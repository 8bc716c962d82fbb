/** Milliseconds in a minute: schedules, lengths and clocks all count in epoch milliseconds. */
export const MINUTE = 60_000;

/** "2026-11-23" for the local calendar day of an instant: per-day storage keys use it. */
export function localDay(at: number): string {
  const date = new Date(at);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
