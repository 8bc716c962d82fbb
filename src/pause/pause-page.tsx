import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { BreathingOptions } from '../core/breathing';
import type { ParsedPreferences } from '../core/preferences';
import { t } from '../ui/i18n';
import { useAppearance } from '../ui/use-appearance';
import { usePreferences } from '../ui/use-preferences';
import { BreathingSession } from './breathing-session';
import { ExercisePause } from './exercise-pause';
import { requestedExercise } from './requested-exercise';

/** The pause window's practice: about a minute of even, unhurried breathing. */
const oneMinute: BreathingOptions = { durationMs: 60_000 };

function closeWindow() {
  window.close();
}

/** `pause.html?exercise=<id>&step=<n>` runs that exercise (see "Pop out"); otherwise a minute of breathing. */
export function PausePage() {
  const [requested] = useState(() => requestedExercise(window.location.search));
  // One read of preferences for the whole window, shared with whichever practice it shows.
  const parsed = usePreferences();
  useAppearance(parsed?.preferences.appearance);
  return requested ? (
    <ExercisePause exercise={requested.exercise} step={requested.step} parsed={parsed} />
  ) : (
    <BreathingPause parsed={parsed} />
  );
}

function BreathingPause({ parsed }: { parsed: ParsedPreferences | undefined }) {
  const [finished, setFinished] = useState(false);
  const finish = useCallback(() => setFinished(true), []);
  const motion = parsed?.preferences.exercises.motion;
  const closeButton = useRef<HTMLButtonElement>(null);

  // Esc leaves from anywhere in the window, mid-breath included.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeWindow();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The buttons that had focus are gone at the end; keep keyboard users in place.
  useEffect(() => {
    if (finished) closeButton.current?.focus();
  }, [finished]);

  return (
    <main class="pause">
      <h1>{t('pauseTitle')}</h1>
      {finished ? (
        <div class="pause__closing">
          <p role="status">{t('pauseClosing')}</p>
          <button ref={closeButton} type="button" onClick={closeWindow}>
            {t('pauseCloseButton')}
          </button>
        </div>
      ) : (
        <>
          <p class="pause__intro muted">{t('pauseIntro')}</p>
          <BreathingSession pattern="coherent" options={oneMinute} reducedMotion={motion === 'reduce'} onFinish={finish} />
          <p class="pause__hint muted">{t('pauseEscHint')}</p>
        </>
      )}
    </main>
  );
}
