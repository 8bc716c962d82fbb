import { useEffect, useId, useRef } from 'preact/hooks';
import type { ImportSummary } from '../core/data-import';
import { isPlainRecord } from '../core/json-equal';
import { t } from '../ui/i18n';
import { exportDate } from './data-words';

export interface DataImportPreviewProps {
  summary: ImportSummary;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}

/** An own affirmation that can't be read, named by the start of its words when it has any. */
function unreadableName(value: unknown): string {
  const text = isPlainRecord(value) && typeof value.text === 'string' ? value.text.trim() : '';
  if (text === '') return t('dataImportOwnAffirmationUnreadable');
  const characters = [...text];
  return `"${characters.length > 60 ? `${characters.slice(0, 60).join('')}…` : text}"`;
}

/** What a good file will change, before anything does; Import or Cancel. */
export function DataImportPreview({ summary, busy, onApply, onCancel }: DataImportPreviewProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The preview appears after the file is chosen: take the reader to it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div class="data-panel" role="group" aria-labelledby={id}>
      <h4 id={id} ref={heading} tabIndex={-1}>
        {t('dataImportPreviewHeading')}
      </h4>
      <p>{t('dataImportPreviewFrom', exportDate(summary.exportedAt))}</p>
      <ul>
        <li>{t('dataImportPreferencesCount', String(summary.preferencesChanged))}</li>
        <li>{t('dataImportJournalCount', String(summary.journalToAdd))}</li>
        <li>{t('dataImportPauseLogCount', String(summary.pauseLogToAdd))}</li>
        {summary.ownAffirmations && <li>{t('dataImportOwnAffirmationsCount', String(summary.ownAffirmations.changed))}</li>}
      </ul>
      {summary.ownAffirmations && summary.ownAffirmations.leftOut.length > 0 && (
        <>
          <p>{t('dataImportOwnAffirmationsLeftOut', String(summary.ownAffirmations.leftOut.length))}</p>
          <ul>
            {summary.ownAffirmations.leftOut.map((entry) => (
              <li key={entry.key}>{unreadableName(entry.value)}</li>
            ))}
          </ul>
        </>
      )}
      {summary.areaChanges && <p>{t(summary.area === 'local' ? 'dataImportAreaLocal' : 'dataImportAreaSync')}</p>}
      <div class="data-actions">
        <button type="button" disabled={busy} onClick={onApply}>
          {t('dataImportApply')}
        </button>
        <button type="button" class="quiet" disabled={busy} onClick={onCancel}>
          {t('dataImportCancel')}
        </button>
      </div>
    </div>
  );
}
