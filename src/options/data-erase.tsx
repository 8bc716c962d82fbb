import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { eraseEverything } from '../platform/data-store';
import { t } from '../ui/i18n';

/**
 * "Erase everything", after a confirmation that names what goes. "Keep my data" has the focus
 * and the stronger look, so a quick Enter never deletes anything.
 */
export function DataErase() {
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
      await eraseEverything();
      setSaid(t('dataEraseDone'));
      close();
    } catch {
      setSaid(t('dataEraseError'));
    }
  };

  return (
    <div class="data-part">
      <h3>{t('dataEraseHeading')}</h3>
      <p class="field__hint">{t('dataEraseHint')}</p>
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
        {t('dataEraseButton')}
      </button>
      {confirming && (
        <div id={`${id}-confirm`} class="data-panel" role="group" aria-labelledby={`${id}-heading`}>
          <h4 id={`${id}-heading`}>{t('dataEraseConfirmHeading')}</h4>
          <p>{t('dataEraseConfirmIntro')}</p>
          <ul>
            <li>{t('dataEraseWhatPreferences')}</li>
            <li>{t('dataEraseWhatOwnAffirmations')}</li>
            <li>{t('dataEraseWhatJournal')}</li>
            <li>{t('dataEraseWhatPauseLog')}</li>
            <li>{t('dataEraseWhatSchedule')}</li>
          </ul>
          <p>{t('dataEraseConfirmExport')}</p>
          <div class="data-actions">
            <button ref={keep} type="button" onClick={close}>
              {t('dataEraseKeep')}
            </button>
            <button type="button" class="quiet data-danger" onClick={() => void erase()}>
              {t('dataEraseConfirmButton')}
            </button>
          </div>
        </div>
      )}
      <p class="data-said" role="status">
        {said}
      </p>
    </div>
  );
}
