import { flushPreferences } from '../platform/preferences-store';
import { closeCurrentTab } from '../platform/tabs';
import { t, type MessageKey } from '../ui/i18n';
import { useAppearance } from '../ui/use-appearance';
import { usePreferences } from '../ui/use-preferences';
import { useSave, type SaveState } from './use-save';
import { WelcomeName } from './welcome-name';
import { WelcomeRhythm } from './welcome-rhythm';
import { WelcomeTestReminder } from './welcome-test-reminder';
import { WelcomeValues } from './welcome-values';

const saveWords: Record<SaveState, MessageKey | undefined> = {
  stored: undefined,
  retrying: 'welcomeNotSavedYet',
  saved: 'welcomeSavedNow',
  failed: 'welcomeSaveError',
};

/** Choices are already saved as they are made; closing only waits for the last batched write. */
async function finish(): Promise<void> {
  await flushPreferences().catch(() => undefined);
  await closeCurrentTab();
}

/*
 * Opened once, on first install: what Kindly does, a few optional choices, and a way out that
 * says the defaults are good. The choices appear once the stored preferences are read, so
 * settings already arriving through sync are shown rather than overwritten.
 */
export function WelcomePage() {
  const parsed = usePreferences();
  const { save, state } = useSave();
  useAppearance(parsed?.preferences.appearance);
  const preferences = parsed?.preferences;

  return (
    <main class="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p class="welcome-lead">{t('welcomeIntro')}</p>
      <p>{t('welcomeNoStreaks')}</p>
      <p class="muted">{t('welcomeOptional')}</p>
      <p class={saveWords[state] ? 'notice' : 'welcome-said'} role="status">
        {saveWords[state] ? t(saveWords[state]) : ''}
      </p>
      {preferences && (
        <>
          <WelcomeRhythm reminders={preferences.reminders} save={save} />
          <WelcomeName name={preferences.newTab.greetingName} save={save} />
          <WelcomeValues chosen={preferences.values.chosen} save={save} />
        </>
      )}
      <WelcomeTestReminder />
      <section class="welcome-part" aria-labelledby="welcome-privacy-heading">
        <h2 id="welcome-privacy-heading">{t('welcomePrivacyHeading')}</h2>
        <p>{t('privacyPromise')}</p>
        <ul class="welcome-links">
          <li>
            <a href="self-compassion.html">{t('selfCompassionTitle')}</a>
          </li>
          <li>
            <a href="support.html">{t('moreSupport')}</a>
          </li>
        </ul>
      </section>
      <div class="welcome-finish">
        <button type="button" class="quiet" onClick={() => void finish()}>
          {t('welcomeSkip')}
        </button>
        <button type="button" onClick={() => void finish()}>
          {t('welcomeDone')}
        </button>
      </div>
    </main>
  );
}
