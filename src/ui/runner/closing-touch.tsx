import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import { useRunningClock } from '../use-running-clock';
import { StepTimer } from './step-timer';
import { TouchStep } from './touch-step';

/** How long the optional closing moment of soothing touch lasts. */
export const CLOSING_TOUCH_MS = 30_000;

/** A short moment of soothing touch after any practice, ended by itself or by the person. */
export function ClosingTouch({ onDone }: { onDone: () => void }) {
  const elapsed = useRunningClock(true);
  const msLeft = Math.max(0, CLOSING_TOUCH_MS - elapsed);
  const done = useRef<HTMLButtonElement>(null);
  // The button that offered this moment is gone: focus goes to the way out of it.
  useLayoutEffect(() => done.current?.focus(), []);
  useEffect(() => {
    if (msLeft === 0) onDone();
  }, [msLeft, onDone]);
  return (
    <div class="runner-closing">
      <TouchStep />
      <div class="runner-controls">
        <StepTimer msLeft={msLeft} paused={false} />
        <div class="runner-controls__main">
          <button ref={done} type="button" onClick={onDone}>
            {t('runnerDone')}
          </button>
        </div>
      </div>
    </div>
  );
}
