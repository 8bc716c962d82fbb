import { useState } from 'preact/hooks';
import { flushPreferences } from '../platform/preferences-store';
import { closeCurrentTab } from '../platform/tabs';
import { AboutKindly } from '../ui/about-kindly';
import { t, type MessageKey } from '../ui/i18n';
import { useAppearance } from '../ui/use-appearance';
import { usePreferences } from '../ui/use-preferences';
import { useSave, type SaveState } from './use-save';
import { WelcomeName } from './welcome-name';
import { WelcomeNewTab } from './welcome-new-tab';
import { WelcomePin } from './welcome-pin';
import { WelcomeRhythm } from './welcome-rhythm';
import { WelcomeShortcut } from './welcome-shortcut';
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
 * Opened once, on first install: what Kindly does and three things worth knowing, on one screen,
 * with the optional choices behind Customize and a way out, top and bottom, that says the
 * defaults are good. The choices appear once the stored preferences are read, so settings
 * already arriving through sync are shown rather than overwritten.
 */
export function WelcomePage() {
  const parsed = usePreferences();
  const { save, state } = useSave();
  const [customizing, setCustomizing] = useState(false);
  useAppearance(parsed?.preferences.appearance);
  const preferences = parsed?.preferences;

  return (
    <main class="welcome">
      <div class="welcome-top">
        <h1>{t('welcomeTitle')}</h1>
        <button type="button" class="link" onClick={() => void finish()}>
          {t('welcomeSkip')}
        </button>
      </div>
      <p class="welcome-lead">{t('welcomeIntro')}</p>
      <p class="muted">{t('welcomeNoStreaks')}</p>
      <div class="welcome-cards">
        <WelcomePin />
        <WelcomeNewTab />
        <WelcomeShortcut />
        <WelcomeTestReminder />
      </div>
      <div class="welcome-customize">
        <button type="button" class="quiet" aria-expanded={customizing} aria-controls="welcome-choices" onClick={() => setCustomizing(!customizing)}>
          {t('welcomeCustomize')}
        </button>
        <p class="muted">{t('welcomeCustomizeHint')}</p>
      </div>
      <p class={saveWords[state] ? 'notice' : 'welcome-said'} role="status">
        {saveWords[state] ? t(saveWords[state]) : ''}
      </p>
      <div id="welcome-choices" hidden={!customizing}>
        <p class="muted">{t('welcomeOptional')}</p>
        {customizing && preferences && (
          <>
            <WelcomeRhythm reminders={preferences.reminders} save={save} />
            <WelcomeName name={preferences.newTab.greetingName} save={save} />
            <WelcomeValues chosen={preferences.values.chosen} save={save} />
          </>
        )}
      </div>
      <AboutKindly class="welcome-part" />
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
