import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Milliseconds spent running, frozen while `running` is false. Reads the clock on each tick
 * instead of counting ticks, because timers in a background window fire late or not at all.
 */
export function useRunningClock(running: boolean, tickMs = 200): number {
  const [elapsed, setElapsed] = useState(0);
  const banked = useRef(0);
  useEffect(() => {
    if (!running) return;
    const startedAt = performance.now();
    const read = () => banked.current + (performance.now() - startedAt);
    const timer = setInterval(() => setElapsed(read()), tickMs);
    return () => {
      clearInterval(timer);
      banked.current = read();
      setElapsed(banked.current);
    };
  }, [running, tickMs]);
  return elapsed;
}
