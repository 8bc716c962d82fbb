import { reminderStatus } from '../core/reminders/status';
import type { WorkerMessage } from '../core/reminders/worker-messages';
import type { Preferences } from '../core/preferences';
import { sendToWorker } from '../platform/messages';
import { describeStatus } from '../ui/describe-status';
import { t } from '../ui/i18n';
import { NotificationsBlockedNotice } from '../ui/notifications-blocked-notice';
import { useNow, useSchedule } from '../ui/use-schedule';

const ask = (message: WorkerMessage) => () => void sendToWorker(message);

/** When the next pause is, and one-click snooze, pause and resume. */
export function ReminderControls({ reminders }: { reminders: Preferences['reminders'] }) {
  const state = useSchedule();
  const now = useNow();
  if (!state) return null;
  const status = reminderStatus(now, reminders, state);
  const running = status.kind === 'next' || status.kind === 'snoozed';
  return (
    <section class="reminders" aria-label={t('popupRemindersLabel')}>
      <p class="status" role="status">
        {describeStatus(status, now)}
      </p>
      <NotificationsBlockedNotice state={state} />
      {running && (
        <div class="choices" role="group" aria-label={t('popupSnoozeLabel')}>
          <span class="muted">{t('popupSnoozeLabel')}</span>
          <button type="button" class="quiet" onClick={ask({ kind: 'snooze', minutes: 5 })}>{t('snooze5')}</button>
          <button type="button" class="quiet" onClick={ask({ kind: 'snooze', minutes: 15 })}>{t('snooze15')}</button>
          <button type="button" class="quiet" onClick={ask({ kind: 'snooze', minutes: 30 })}>{t('snooze30')}</button>
        </div>
      )}
      {reminders.enabled && status.kind !== 'paused' && (
        <div class="choices" role="group" aria-label={t('popupPauseLabel')}>
          <span class="muted">{t('popupPauseLabel')}</span>
          <button type="button" class="quiet" onClick={ask({ kind: 'pause-reminders', length: 'hour' })}>{t('pauseForHour')}</button>
          <button type="button" class="quiet" onClick={ask({ kind: 'pause-reminders', length: 'tomorrow' })}>{t('pauseUntilTomorrow')}</button>
          <button type="button" class="quiet" onClick={ask({ kind: 'pause-reminders', length: 'until-resumed' })}>{t('pauseUntilResumed')}</button>
        </div>
      )}
      {status.kind === 'paused' && (
        <button type="button" class="quiet" onClick={ask({ kind: 'resume' })}>
          {t('resumeReminders')}
        </button>
      )}
    </section>
  );
}
