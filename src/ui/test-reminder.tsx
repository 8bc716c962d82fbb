import { useState } from 'preact/hooks';
import { sendToWorker } from '../platform/messages';
import { t } from './i18n';
import { NotificationsBlockedNotice } from './notifications-blocked-notice';
import { useSchedule } from './use-schedule';

/**
 * Shows a reminder now, exactly as one will look, without touching the rhythm, and says on the
 * page what happened (Options and the welcome page, each in its own words). The worker notes
 * when the system blocks notifications; the notice under the button says so in plain words.
 */
export function TestReminder({ label, sent }: { label: string; sent: string }) {
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
        {label}
      </button>
      <p class="field__hint" role="status">
        {answer === 'sent' ? sent : answer === 'no-answer' ? t('optionsTestReminderNoAnswer') : ''}
      </p>
      <NotificationsBlockedNotice state={schedule} />
    </div>
  );
}
