import type { ScheduleState } from '../core/reminders/schedule-state';
import { t } from './i18n';

/** Said in the popup and options when the system blocks notifications and the badge stands in. */
export function NotificationsBlockedNotice({ state }: { state: ScheduleState | undefined }) {
  if (!state?.notificationsBlocked) return null;
  return (
    <p class="notice" role="status">
      {t('notificationsBlockedNotice')}
    </p>
  );
}
