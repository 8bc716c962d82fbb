import { useEffect, useState } from 'preact/hooks';
import type { ScheduleState } from '../core/reminders/schedule-state';
import { followSchedule } from './follow-schedule';
import { useFollowed } from './use-followed';

/** The worker's stored schedule, kept live; undefined until first read. */
export function useSchedule(): ScheduleState | undefined {
  return useFollowed(followSchedule, undefined);
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
