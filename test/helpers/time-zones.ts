import { afterAll, beforeAll, expect } from 'vitest';

/** The scheduler's tests run in each of these, including a 30-minute DST shift and a +5:45 zone. */
export const timeZones = ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC'] as const;

/** Runs the enclosing describe block with the process in the given time zone (Node honours TZ changes). */
export function useTimeZone(zone: string): void {
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env.TZ;
    process.env.TZ = zone;
    const sample = new Date(Date.UTC(2026, 6, 1, 12));
    const offset = (timeZone?: string) => new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).format(sample);
    expect(offset(), 'the time zone took effect').toBe(offset(zone));
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });
}

/** A local wall-clock instant in the current time zone. */
export function local(year: number, month: number, day: number, hours = 0, minutes = 0): number {
  return new Date(year, month - 1, day, hours, minutes).getTime();
}

export function localClock(time: number): string {
  const date = new Date(time);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
