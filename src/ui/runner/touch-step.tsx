import { t, type MessageKey } from '../i18n';

/** Any one gesture can feel awkward or unwelcome, so there are several, and none is fine too. */
const gestures: readonly MessageKey[] = ['touchHeart', 'touchCheek', 'touchHug', 'touchBelly'];

/** Two hands held round a small heart: drawn here, nothing fetched; decoration only. */
function HeldHeart() {
  return (
    <svg class="runner-touch__art" viewBox="0 0 96 96" aria-hidden="true" focusable="false">
      <circle cx="48" cy="48" r="44" class="runner-touch__glow" />
      <path d="M22 60c6 14 18 20 26 20s20-6 26-20" class="runner-touch__hands" />
      <path d="M48 62c-11-8-18-14-18-22a9 9 0 0 1 18-3 9 9 0 0 1 18 3c0 8-7 14-18 22z" class="runner-touch__heart" />
    </svg>
  );
}

/** Ways to try, as a plain list to read (nothing here is pressed); the time runs in the controls. */
export function TouchStep() {
  return (
    <div class="runner-step runner-touch">
      <HeldHeart />
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
