import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { eraseHistory } from '../platform/history-store';
import { t } from '../ui/i18n';

/**
 * "Erase my history", after a confirmation that says exactly what goes and what stays (the
 * pattern of Options' erase): "Keep my history" has the focus and the stronger look, so a quick
 * Enter never deletes anything.
 */
export function HistoryErase() {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [said, setSaid] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const keep = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);

  const close = () => {
    setConfirming(false);
    opener.current?.focus();
  };

  const erase = async () => {
    try {
      await eraseHistory();
      setSaid(t('reflectionsEraseDone'));
      close();
    } catch {
      setSaid(t('reflectionsEraseError'));
    }
  };

  return (
    <div class="history-part">
      <button
        ref={opener}
        type="button"
        class="quiet"
        aria-expanded={confirming}
        aria-controls={`${id}-confirm`}
        onClick={() => {
          setSaid('');
          setConfirming(true);
        }}
      >
        {t('reflectionsEraseButton')}
      </button>
      {confirming && (
        <div id={`${id}-confirm`} class="history-panel" role="group" aria-labelledby={`${id}-heading`}>
          <h3 id={`${id}-heading`}>{t('reflectionsEraseConfirmHeading')}</h3>
          <p>{t('reflectionsEraseWhatGoes')}</p>
          <ul>
            <li>{t('reflectionsEraseWhatJournal')}</li>
            <li>{t('reflectionsEraseWhatPauseLog')}</li>
          </ul>
          <p>{t('reflectionsEraseWhatStays')}</p>
          <div class="history-actions">
            <button ref={keep} type="button" onClick={close}>
              {t('reflectionsEraseKeep')}
            </button>
            <button type="button" class="quiet history-danger" onClick={() => void erase()}>
              {t('reflectionsEraseConfirm')}
            </button>
          </div>
        </div>
      )}
      <p class="history-said" role="status">
        {said}
      </p>
    </div>
  );
}
