import type { Preferences } from '../core/preferences';
import { reminderStatus } from '../core/reminders/status';
import type { WorkerMessage } from '../core/reminders/worker-messages';
import { sendToWorker } from '../platform/messages';
import { describeStatus } from '../ui/describe-status';
import { t } from '../ui/i18n';
import { NotificationsBlockedNotice } from '../ui/notifications-blocked-notice';
import { useNow, useSchedule } from '../ui/use-schedule';
import { ReminderChoices } from './reminder-choices';

const ask = (message: WorkerMessage) => () => void sendToWorker(message);

/**
 * One line: when the next pause is, with one control for snoozing and pausing. A reminder that
 * is waiting comes first instead: "A pause is here", with Take it (the popup's one filled
 * button then) and Not now; either answers it, and the worker takes the badge down.
 */
export function ReminderStatus({ reminders }: { reminders: Preferences['reminders'] }) {
  const state = useSchedule();
  const now = useNow();
  // The line keeps its place while the schedule is read, so nothing below it moves.
  if (!state) return <section class="reminders" aria-label={t('popupRemindersLabel')} aria-busy="true" />;
  const status = reminderStatus(now, reminders, state);
  if (status.kind === 'waiting') {
    return (
      <section class="reminders reminders--waiting" aria-label={t('popupRemindersLabel')}>
        <p class="status" role="status">
          {t('popupPauseHere')}
        </p>
        <div class="reminders__answers">
          <button type="button" onClick={ask({ kind: 'start-pause' })}>
            {t('popupTakeWaitingPause')}
          </button>
          <button type="button" class="quiet" onClick={ask({ kind: 'not-now' })}>
            {t('popupNotNow')}
          </button>
          <ReminderChoices status={status} />
        </div>
        <NotificationsBlockedNotice state={state} />
      </section>
    );
  }
  return (
    <section class="reminders" aria-label={t('popupRemindersLabel')}>
      <div class="reminders__line">
        <p class="status" role="status">
          {describeStatus(status, now, 'compact')}
        </p>
        {status.kind === 'paused' ? (
          <button type="button" class="quiet" onClick={ask({ kind: 'resume' })}>
            {t('resumeReminders')}
          </button>
        ) : (
          reminders.enabled && <ReminderChoices status={status} />
        )}
      </div>
      <NotificationsBlockedNotice state={state} />
    </section>
  );
}
