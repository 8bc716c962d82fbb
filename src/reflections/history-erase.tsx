import { eraseHistory } from '../platform/history-store';
import { ConfirmErase } from '../ui/confirm-erase';
import { t } from '../ui/i18n';

/** "Erase my history", after a confirmation that says exactly what goes and what stays. */
export function HistoryErase() {
  return (
    <ConfirmErase
      class="history-part"
      level={3}
      words={{
        open: 'reflectionsEraseButton',
        confirmHeading: 'reflectionsEraseConfirmHeading',
        keep: 'reflectionsEraseKeep',
        confirm: 'reflectionsEraseConfirm',
        done: 'reflectionsEraseDone',
        error: 'reflectionsEraseError',
      }}
      erase={eraseHistory}
    >
      <p>{t('reflectionsEraseWhatGoes')}</p>
      <ul>
        <li>{t('reflectionsEraseWhatJournal')}</li>
        <li>{t('reflectionsEraseWhatPauseLog')}</li>
      </ul>
      <p>{t('reflectionsEraseWhatStays')}</p>
    </ConfirmErase>
  );
}
