import { t } from '../i18n';

/** A quiet countdown for a timed step; seconds are not announced, only read when looked for. */
export function StepTimer({ msLeft, paused }: { msLeft: number; paused: boolean }) {
  return (
    <p class="runner-timer muted">
      {paused ? t('runnerPausedLabel') : t('runnerSecondsLeft', String(Math.max(0, Math.ceil(msLeft / 1000))))}
    </p>
  );
}
