import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

const focusable = 'input:not([type="hidden"]), textarea, select, button, a[href]';

/**
 * When the step changes, focus moves to the new step's first control (a note's text box, the first
 * feeling), or else to the filled button: never left on a button that moved or vanished. Focus
 * elsewhere on the page is left alone; the title takes it at the start (ExerciseRunner).
 */
export function useStepFocus(
  step: number,
  runner: RefObject<HTMLElement | null>,
  stepArea: RefObject<HTMLElement | null>,
  primary: RefObject<HTMLButtonElement | null>,
): void {
  const first = useRef(true);
  // Before the next paint, so a key pressed at once lands on the new step, not where focus was.
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const active = document.activeElement;
    if (active && active !== document.body && !runner.current?.contains(active)) return;
    (stepArea.current?.querySelector<HTMLElement>(focusable) ?? primary.current)?.focus();
  }, [step]);
}
