import { eraseEverything } from '../platform/data-store';
import { ConfirmErase } from '../ui/confirm-erase';
import { t } from '../ui/i18n';

/** "Erase everything", after a confirmation that names what goes. */
export function DataErase() {
  return (
    <ConfirmErase
      class="data-part"
      level={4}
      heading={
        <>
          <h3>{t('dataEraseHeading')}</h3>
          <p class="field__hint">{t('dataEraseHint')}</p>
        </>
      }
      words={{
        open: 'dataEraseButton',
        confirmHeading: 'dataEraseConfirmHeading',
        keep: 'dataEraseKeep',
        confirm: 'dataEraseConfirmButton',
        done: 'dataEraseDone',
        error: 'dataEraseError',
      }}
      erase={eraseEverything}
    >
      <p>{t('dataEraseConfirmIntro')}</p>
      <ul>
        <li>{t('dataEraseWhatPreferences')}</li>
        <li>{t('dataEraseWhatOwnAffirmations')}</li>
        <li>{t('dataEraseWhatJournal')}</li>
        <li>{t('dataEraseWhatPauseLog')}</li>
        <li>{t('dataEraseWhatSchedule')}</li>
      </ul>
      <p>{t('dataEraseConfirmExport')}</p>
    </ConfirmErase>
  );
}
