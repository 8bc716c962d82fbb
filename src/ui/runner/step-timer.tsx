import { t } from '../i18n';

/** "1:05": minutes and seconds, rounded up, so the last second shows "0:01", never "0:00" early. */
export function clockOf(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** A timed step's time left, quiet and never announced: read when looked for. */
export function StepTimer({ msLeft, paused }: { msLeft: number; paused: boolean }) {
  const time = clockOf(msLeft);
  return <p class="runner-timer muted">{paused ? t('runnerPausedTimeLeft', time) : t('runnerTimeLeft', time)}</p>;
}
