import { useCallback, useEffect, useReducer, useRef } from 'preact/hooks';
import type { Exercise } from '../../core/exercises/types';
import { runnerReducer, startRunner, type RunnerEvent, type RunnerSettings, type RunnerState } from '../../core/runner';

const TICK_MS = 200;

/**
 * The runner's state, moved on by the page's clock while it runs. Each tick reads the clock rather
 * than counting ticks, because timers in a background window fire late or not at all.
 */
export function useRunner(exercise: Exercise, settings: RunnerSettings, startStep = 0): [RunnerState, (event: RunnerEvent) => void] {
  // Lengths are fixed when the exercise starts: a change in Options applies to the next one.
  const [state, dispatch] = useReducer(runnerReducer, undefined, () => startRunner(exercise, settings, startStep));
  const last = useRef(0);
  const running = !state.paused && !state.finished;

  const flush = useCallback(() => {
    const now = performance.now();
    const ms = now - last.current;
    last.current = now;
    dispatch({ type: 'tick', ms });
  }, []);

  useEffect(() => {
    if (!running) return;
    last.current = performance.now();
    const timer = setInterval(flush, TICK_MS);
    return () => clearInterval(timer);
  }, [running, flush]);

  // Time up to a choice counts, so a pause stops the clock exactly where the person pressed it.
  const send = useCallback(
    (event: RunnerEvent) => {
      if (running) flush();
      dispatch(event);
    },
    [running, flush],
  );
  return [state, send];
}
