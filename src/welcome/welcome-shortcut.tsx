import { useEffect, useState } from 'preact/hooks';
import { openShortcutSettings, pauseShortcut } from '../platform/shortcuts';
import { t } from '../ui/i18n';

/** The shortcut as the browser has it now (none, if another extension took it first). */
export function WelcomeShortcut() {
  const [keys, setKeys] = useState<string>();
  useEffect(() => {
    pauseShortcut().then(setKeys, () => setKeys(''));
  }, []);
  return (
    <section class="welcome-card" aria-labelledby="welcome-shortcut-heading">
      <h2 id="welcome-shortcut-heading">{t('welcomeShortcutHeading')}</h2>
      <p>{keys === undefined ? '' : keys ? t('welcomeShortcutKeys', keys) : t('welcomeShortcutNone')}</p>
      <button type="button" class="link" onClick={() => void openShortcutSettings().catch(() => undefined)}>
        {t('welcomeShortcutChange')}
      </button>
    </section>
  );
}
