import { useEffect, useState } from 'preact/hooks';
import { breathingCue, type BreathingOptions, type BreathingPatternId } from '../core/breathing';
import { BreathingPacer } from '../ui/breathing-pacer';
import { t } from '../ui/i18n';
import { useRunningClock } from '../ui/use-running-clock';

export interface BreathingSessionProps {
  pattern: BreathingPatternId;
  options: BreathingOptions;
  reducedMotion?: boolean;
  /** Called once, when the last breath ends or the person chooses to finish. */
  onFinish: () => void;
}

/** The pacer with its own clock, and the controls to pause it or finish whenever. */
export function BreathingSession({ pattern, options, reducedMotion, onFinish }: BreathingSessionProps) {
  const [paused, setPaused] = useState(false);
  const elapsed = useRunningClock(!paused);
  const cue = breathingCue(pattern, options, elapsed);

  useEffect(() => {
    if (cue.finished) onFinish();
  }, [cue.finished, onFinish]);

  return (
    <>
      <BreathingPacer cue={cue} paused={paused} reducedMotion={reducedMotion} />
      <div class="pause__actions">
        <button type="button" onClick={() => setPaused(!paused)}>
          {paused ? t('pauseResumeButton') : t('pausePauseButton')}
        </button>
        <button type="button" class="quiet" onClick={onFinish}>
          {t('pauseFinishButton')}
        </button>
      </div>
    </>
  );
}
