import { useEffect, useState } from 'preact/hooks';
import { hasUnseenBackup } from '../core/preference-backup';
import { PREFERENCE_BACKUP_KEY, PREFERENCE_BACKUP_SEEN_KEY } from '../core/storage-keys';
import { onItemsChanged, readItems, writeItems } from '../platform/storage';
import { t } from '../ui/i18n';

const keys = [PREFERENCE_BACKUP_KEY, PREFERENCE_BACKUP_SEEN_KEY];

/** Says once, in plain words, that unreadable preferences were reset and their originals kept. */
export function RepairNotice() {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    const check = () =>
      void readItems('local', keys).then((items) => {
        if (!controller.signal.aborted) {
          setVisible(hasUnseenBackup(items[PREFERENCE_BACKUP_KEY], items[PREFERENCE_BACKUP_SEEN_KEY], Date.now()));
        }
      });
    check();
    onItemsChanged('local', (changes) => keys.some((key) => key in changes) && check(), controller.signal);
    return () => controller.abort();
  }, []);

  if (!visible) return null;
  const dismiss = () => {
    setVisible(false);
    void writeItems('local', { set: { [PREFERENCE_BACKUP_SEEN_KEY]: Date.now() } });
  };
  return (
    <div class="notice" role="status">
      <p>{t('optionsRepairedNotice')}</p>
      <button type="button" class="quiet" onClick={dismiss}>
        {t('optionsNoticeDismiss')}
      </button>
    </div>
  );
}
