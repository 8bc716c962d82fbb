import { useState } from 'preact/hooks';
import { sendToWorker } from '../platform/messages';
import { t } from '../ui/i18n';
import { NotificationsBlockedNotice } from '../ui/notifications-blocked-notice';
import { useSchedule } from '../ui/use-schedule';

/**
 * Shows a reminder now, exactly as one will look, without touching the rhythm. The worker notes
 * when the system blocks notifications; the notice under the button says so in plain words.
 */
export function TestReminder() {
  const schedule = useSchedule();
  const [answer, setAnswer] = useState<'sent' | 'no-answer'>();

  const send = async () => {
    setAnswer(undefined);
    try {
      await sendToWorker({ kind: 'test-reminder' });
      setAnswer('sent');
    } catch {
      setAnswer('no-answer');
    }
  };

  return (
    <div class="test-reminder">
      <button type="button" class="quiet" onClick={() => void send()}>
        {t('optionsTestReminder')}
      </button>
      <p class="field__hint" role="status">
        {answer === 'sent' ? t('optionsTestReminderSent') : answer === 'no-answer' ? t('optionsTestReminderNoAnswer') : ''}
      </p>
      <NotificationsBlockedNotice state={schedule} />
    </div>
  );
}
