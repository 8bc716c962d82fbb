import { act, cleanup } from '@testing-library/preact';
import { options } from 'preact';
import { afterEach } from 'vitest';

/*
 * Preact runs effects, and the clean-ups of unmounted components, a moment after rendering
 * (after paint). One still waiting when a test ends would run in the next test, or after this
 * file's document is gone ("window is not defined"), since files share a worker. So they are
 * scheduled a task later, as in a page, and whatever is still waiting runs before the next test.
 */
let runWaitingEffects: (() => void) | undefined;
options.requestAnimationFrame = (run) => {
  runWaitingEffects = run;
  setTimeout(run);
};

// Each component test starts from an empty document, and no snapshot or rotation in localStorage.
afterEach(async () => {
  await act(() => {
    cleanup();
    // Runs what is queued (a no-op when nothing is): the clean-ups of what cleanup() unmounted.
    runWaitingEffects?.();
  });
  localStorage.clear();
});
