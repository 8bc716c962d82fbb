import { t } from '../i18n';

export interface RunnerControlsProps {
  /** The step waits for Continue rather than running on a timer. */
  waiting: boolean;
  paused: boolean;
  lastStep: boolean;
  onPauseToggle: () => void;
  onContinue: () => void;
  onSkip: () => void;
  onFinish: () => void;
  onPopOut?: () => void;
}

/**
 * Pause or Continue share one place (and one button element), so focus stays put when a timed
 * step gives way to one that waits. Finishing now is offered as plainly as anything else.
 */
export function RunnerControls(props: RunnerControlsProps) {
  const { waiting, paused, lastStep } = props;
  return (
    <div class="runner-controls" role="group" aria-label={t('runnerControlsLabel')}>
      <div class="runner-controls__main">
        {waiting ? (
          <button type="button" onClick={props.onContinue}>
            {lastStep ? t('runnerDone') : t('runnerContinue')}
          </button>
        ) : (
          <button type="button" onClick={props.onPauseToggle}>
            {paused ? t('runnerResume') : t('runnerPause')}
          </button>
        )}
        <button type="button" class="quiet" onClick={props.onSkip}>
          {t('runnerSkipStep')}
        </button>
      </div>
      <div class="runner-controls__more">
        <button type="button" class="runner-link" onClick={props.onFinish}>
          {t('runnerFinishNow')}
        </button>
        {props.onPopOut && (
          <button type="button" class="runner-link" onClick={props.onPopOut}>
            {t('runnerPopOut')}
          </button>
        )}
      </div>
    </div>
  );
}
