import { useState } from 'preact/hooks';
import { exportEverything } from '../platform/data-store';
import { t } from '../ui/i18n';
import { downloadText } from '../ui/download-text';

/** "Export everything": one JSON file, straight to the person's downloads. */
export function DataExport() {
  const [said, setSaid] = useState('');
  const exportNow = async () => {
    try {
      const { text, fileName } = await exportEverything();
      downloadText(text, fileName);
      setSaid(t('dataExportDone', fileName));
    } catch {
      setSaid(t('dataExportError'));
    }
  };
  return (
    <div class="data-part">
      <h3>{t('dataExportHeading')}</h3>
      <p class="field__hint">{t('dataExportHint')}</p>
      <button type="button" onClick={() => void exportNow()}>
        {t('dataExportButton')}
      </button>
      <p class="data-said" role="status">
        {said}
      </p>
    </div>
  );
}
