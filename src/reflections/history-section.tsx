import { useState } from 'preact/hooks';
import { buildHistoryExport, exportText, historyFileName } from '../core/data-export';
import { historyCsv } from '../core/reflections/history-csv';
import type { LoadedHistory } from './use-history';
import { downloadText } from '../ui/download-text';
import { t } from '../ui/i18n';
import { csvWords } from './entry-words';
import { HistoryErase } from './history-erase';

/**
 * Your history: a copy to take away (CSV for a spreadsheet, JSON in the format of Options'
 * export), erasing it, and where to choose how long it is kept. Exports are made from what the
 * page has read, which follows storage, so nothing more is read for them.
 */
export function HistorySection({ loaded, now = Date.now }: { loaded: LoadedHistory | undefined; now?: () => number }) {
  const [said, setSaid] = useState('');
  const download = (kind: 'csv' | 'json') => {
    if (!loaded) return;
    const at = now();
    const fileName = historyFileName(at, kind);
    if (kind === 'csv') {
      downloadText(historyCsv(loaded.history.entries.map(({ entry }) => entry), csvWords()), fileName, 'text/csv');
    } else {
      downloadText(exportText(buildHistoryExport(loaded.items, at)), fileName);
    }
    setSaid(t('reflectionsExportDone', fileName));
  };
  return (
    <section class="history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('reflectionsHistoryHeading')}</h2>
      <p class="muted">{t('reflectionsHistoryHint')}</p>
      <div class="history-part history-actions">
        <button type="button" class="quiet" disabled={!loaded} onClick={() => download('csv')}>
          {t('reflectionsExportCsv')}
        </button>
        <button type="button" class="quiet" disabled={!loaded} onClick={() => download('json')}>
          {t('reflectionsExportJson')}
        </button>
      </div>
      <p class="history-said" role="status">
        {said}
      </p>
      <HistoryErase />
      <p>
        <a href="options.html#history-heading">{t('reflectionsKeepLink')}</a>
      </p>
    </section>
  );
}
