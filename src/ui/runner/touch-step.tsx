import { t, type MessageKey } from '../i18n';

/** Any one gesture can feel awkward or unwelcome, so there are several, and none is fine too. */
const gestures: readonly MessageKey[] = ['touchHeart', 'touchCheek', 'touchHug', 'touchBelly'];

/** A small warm heart in a soft glow: drawn here, nothing fetched; decoration only. */
function GlowingHeart() {
  return (
    <svg class="runner-touch__art" viewBox="0 0 96 96" aria-hidden="true" focusable="false">
      <circle cx="48" cy="48" r="46" class="runner-touch__glow" />
      <circle cx="48" cy="48" r="32" class="runner-touch__ring" />
      <path d="M48 66c-13-9-21-16-21-25a10.5 10.5 0 0 1 21-4 10.5 10.5 0 0 1 21 4c0 9-8 16-21 25z" class="runner-touch__heart" />
    </svg>
  );
}

/** Ways to try, as a plain list to read (nothing here is pressed); the time runs in the controls. */
export function TouchStep() {
  return (
    <div class="runner-step runner-touch">
      <GlowingHeart />
      <p class="runner-step__text">{t('touchIntro')}</p>
      <ul class="runner-touch__ways" aria-label={t('touchWaysLabel')}>
        {gestures.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p class="muted runner-small">{t('touchAnyIsFine')}</p>
    </div>
  );
}
