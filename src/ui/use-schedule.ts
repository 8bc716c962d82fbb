import { useEffect, useState } from 'preact/hooks';
import type { ScheduleState } from '../core/reminders/schedule-state';
import { followSchedule } from './follow-schedule';
import { followEarly, useFollowed, type EarlyFollow } from './use-followed';

let early: EarlyFollow<ScheduleState> | undefined;

/** Starts following the schedule as the page's script starts (the popup's status needs it). */
export function followScheduleEarly(): void {
  early ??= followEarly(followSchedule);
}

/** The worker's stored schedule, kept live; undefined until first read. */
export function useSchedule(): ScheduleState | undefined {
  return useFollowed(followSchedule, early);
}

/** The current time, refreshed every `everyMs` while the page is open (for "in 23 min"). */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
