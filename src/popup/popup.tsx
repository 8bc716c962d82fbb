import { sendToWorker } from '../platform/messages';
import { openOptionsPage } from '../platform/runtime';
import { t } from '../ui/i18n';
import { RhythmSummary } from '../ui/rhythm-summary';
import { usePreferences } from '../ui/use-preferences';
import { ReminderControls } from './reminder-controls';

export function Popup() {
  const parsed = usePreferences();
  return (
    <main class="popup">
      <header>
        <img src="icons/icon.svg" alt="" width={28} height={28} />
        <h1>{t('extName')}</h1>
      </header>
      <p class="tagline muted">{t('appTagline')}</p>
      <button type="button" class="start" onClick={() => void sendToWorker({ kind: 'start-pause' })}>
        {t('startPauseNow')}
      </button>
      {parsed && <ReminderControls reminders={parsed.preferences.reminders} />}
      {parsed && <RhythmSummary reminders={parsed.preferences.reminders} />}
      <button type="button" class="quiet" onClick={() => void openOptionsPage()}>
        {t('openOptions')}
      </button>
    </main>
  );
}
