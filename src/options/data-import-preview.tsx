import { useEffect, useId, useRef } from 'preact/hooks';
import type { ImportSummary } from '../core/data-import';
import { isPlainRecord } from '../core/json-equal';
import type { NotEnoughRoomError } from '../platform/storage-errors';
import { t } from '../ui/i18n';
import { describePlace, exportDate, noRoomWords } from './data-words';

export interface DataImportPreviewProps {
  summary: ImportSummary;
  /** The file doesn't fit: said instead of offering Import. */
  noRoom?: NotEnoughRoomError;
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

/** What a good file will change and remove, before anything does; Import or Cancel. */
export function DataImportPreview({ summary, noRoom, busy, onApply, onCancel }: DataImportPreviewProps) {
  const own = summary.ownAffirmations;
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
        {summary.preferencesInFile && <li>{t('dataImportPreferencesCount', String(summary.preferencesChanged))}</li>}
        <li>{t('dataImportJournalCount', String(summary.journalToAdd))}</li>
        <li>{t('dataImportPauseLogCount', String(summary.pauseLogToAdd))}</li>
        {own && own.added > 0 && <li>{t('dataImportOwnAffirmationsAdded', String(own.added))}</li>}
        {own && own.changed > 0 && <li>{t('dataImportOwnAffirmationsCount', String(own.changed))}</li>}
        {own && own.removed > 0 && <li>{t('dataImportOwnAffirmationsRemoved', String(own.removed))}</li>}
        {summary.backups.added > 0 && <li>{t('dataImportBackupsCount', String(summary.backups.added))}</li>}
      </ul>
      {/* A file from the reflections page: said after what it brings, as it brings no preferences. */}
      {!summary.preferencesInFile && <p>{t('dataImportPreferencesNotInFile')}</p>}
      {own && own.leftOut.length > 0 && (
        <>
          <p>{t('dataImportOwnAffirmationsLeftOut', String(own.leftOut.length))}</p>
          <ul>
            {own.leftOut.map((entry) => (
              <li key={entry.key}>{unreadableName(entry.value)}</li>
            ))}
          </ul>
        </>
      )}
      {summary.backups.leftOut > 0 && <p>{t('dataImportBackupsLeftOut', String(summary.backups.leftOut))}</p>}
      {summary.leftOutFields.length > 0 && (
        <>
          <p>{t('dataImportFieldsLeftOut')}</p>
          <ul>
            {summary.leftOutFields.map((path) => (
              <li key={path.join('\u0000')}>{describePlace(path)}</li>
            ))}
          </ul>
        </>
      )}
      {summary.areaChanges && <p>{t(summary.area === 'local' ? 'dataImportAreaLocal' : 'dataImportAreaSync')}</p>}
      {noRoom && (
        <p class="data-problem" role="alert">
          {noRoomWords(noRoom)}
        </p>
      )}
      <div class="data-actions">
        {!noRoom && (
          <button type="button" disabled={busy} onClick={onApply}>
            {t('dataImportApply')}
          </button>
        )}
        <button type="button" class="quiet" disabled={busy} onClick={onCancel}>
          {t('dataImportCancel')}
        </button>
      </div>
    </div>
  );
}
