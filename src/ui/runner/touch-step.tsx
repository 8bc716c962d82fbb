import { t, type MessageKey } from '../i18n';
import { StepTimer } from './step-timer';

/** Any one gesture can feel awkward or unwelcome, so there are several, and none is fine too. */
const gestures: readonly MessageKey[] = ['touchHeart', 'touchCheek', 'touchHug', 'touchBelly'];

export function TouchStep({ msLeft, paused }: { msLeft: number; paused: boolean }) {
  return (
    <div class="runner-step runner-touch">
      <p class="runner-step__text">{t('touchIntro')}</p>
      <ul class="runner-touch__ways" aria-label={t('touchWaysLabel')}>
        {gestures.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p class="muted runner-small">{t('touchAnyIsFine')}</p>
      <StepTimer msLeft={msLeft} paused={paused} />
    </div>
  );
}
