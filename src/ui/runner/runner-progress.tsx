import type { RunnerProgress as Progress } from '../../core/runner';
import { t } from '../i18n';

export interface RunnerProgressProps {
  progress: Progress;
  /** False moves the bar only from step to step, for people who asked for less motion. */
  smooth: boolean;
}

/** "Step 2 of 4" and a thin bar: where you are, without a ticking number. One step needs no count. */
export function RunnerProgress({ progress, smooth }: RunnerProgressProps) {
  const counted = progress.stepCount > 1;
  const text = counted ? t('runnerStepOf', String(progress.stepNumber), String(progress.stepCount)) : undefined;
  const fraction = smooth ? progress.overall : (progress.stepNumber - 1) / Math.max(progress.stepCount, 1);
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div class="runner-progress">
      {text && (
        <p class="runner-progress__text muted" aria-hidden="true">
          {text}
        </p>
      )}
      <div
        class="runner-progress__bar"
        role="progressbar"
        aria-label={t('runnerProgressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
      >
        <div class="runner-progress__fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
