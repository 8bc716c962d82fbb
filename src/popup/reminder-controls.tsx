import type { Preferences } from '../core/preferences';
import { reminderStatus } from '../core/reminders/status';
import { snoozeMinutes, type SnoozeMinutes } from '../core/reminders/transitions';
import type { WorkerMessage } from '../core/reminders/worker-messages';
import { sendToWorker } from '../platform/messages';
import { describeStatus } from '../ui/describe-status';
import { t, type MessageKey } from '../ui/i18n';
import { NotificationsBlockedNotice } from '../ui/notifications-blocked-notice';
import { useNow, useSchedule } from '../ui/use-schedule';

const ask = (message: WorkerMessage) => () => void sendToWorker(message);
const snoozeWords: Record<SnoozeMinutes, MessageKey> = { 5: 'snooze5', 15: 'snooze15', 30: 'snooze30' };

/**
 * When the next pause is, and one-click pause and resume. Snooze is offered only while a
 * reminder is waiting: it postpones that one, and there is nothing else for it to postpone.
 */
export function ReminderControls({ reminders }: { reminders: Preferences['reminders'] }) {
  const state = useSchedule();
  const now = useNow();
  if (!state) return null;
  const status = reminderStatus(now, reminders, state);
  return (
    <section class="reminders" aria-label={t('popupRemindersLabel')}>
      <p class="status" role="status">
        {describeStatus(status, now)}
      </p>
      <NotificationsBlockedNotice state={state} />
      {status.kind === 'waiting' && (
        <>
          <button type="button" class="reminders__take" onClick={ask({ kind: 'start-pause' })}>
            {t('popupTakeWaitingPause')}
          </button>
          <div class="choices" role="group" aria-label={t('popupSnoozeLabel')}>
            <span class="muted">{t('popupSnoozeHint')}</span>
            {snoozeMinutes.map((minutes) => (
              <button key={minutes} type="button" class="quiet" onClick={ask({ kind: 'snooze', minutes })}>
                {t(snoozeWords[minutes])}
              </button>
            ))}
          </div>
        </>
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
