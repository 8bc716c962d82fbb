import type { Ref } from 'preact';
import type { StepActions } from '../../core/runner';
import { t, type MessageKey } from '../i18n';
import { StepTimer } from './step-timer';

const labels: Record<StepActions['primary'], MessageKey> = {
  begin: 'runnerBegin',
  next: 'runnerNext',
  done: 'runnerDone',
  continue: 'runnerContinue',
  pause: 'runnerPause',
  resume: 'runnerResume',
};

export interface RunnerControlsProps {
  actions: StepActions;
  /** Time left in a timed step; shown above its pause toggle. */
  msLeft: number | undefined;
  paused: boolean;
  /** The filled button: on (Begin, Next, Continue, Done), or Pause and Resume on a timed step. */
  onPrimary: () => void;
  /** The quiet way on from a timed step before its time is up. */
  onQuietNext: () => void;
  onFinish: () => void;
  onPopOut?: () => void;
  primaryRef?: Ref<HTMLButtonElement>;
}

/**
 * One filled button that says what it does, a quiet way on beside a timed step's toggle, and
 * finishing now as the lightest choice (never a failure), wherever Done isn't already that.
 */
export function RunnerControls(props: RunnerControlsProps) {
  const { actions, msLeft, paused } = props;
  return (
    <div class="runner-controls" role="group" aria-label={t('runnerControlsLabel')}>
      {msLeft !== undefined && <StepTimer msLeft={msLeft} paused={paused} />}
      <div class="runner-controls__main">
        <button ref={props.primaryRef} type="button" onClick={props.onPrimary}>
          {t(labels[actions.primary])}
        </button>
        {actions.quietNext && (
          <button type="button" class="quiet" onClick={props.onQuietNext}>
            {t('runnerNext')}
          </button>
        )}
      </div>
      {(actions.finishNow || props.onPopOut) && (
        <div class="runner-controls__more">
          {actions.finishNow && (
            <button type="button" class="link runner-link" onClick={props.onFinish}>
              {t('runnerFinishNow')}
            </button>
          )}
          {props.onPopOut && (
            <button type="button" class="link runner-link" onClick={props.onPopOut}>
              {t('runnerPopOut')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
