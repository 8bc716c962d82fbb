import type { ImportProblem } from '../core/data-import';
import { messagesLanguage, t, type MessageKey } from '../ui/i18n';

const placeNames: Record<string, MessageKey> = {
  preferences: 'dataPlacePreferences',
  journal: 'dataPlaceJournal',
  pauseLog: 'dataPlacePauseLog',
  backups: 'dataPlaceBackups',
};

/** ['journal', '2026-03-14', 2, 'at'] → "journal › 2026-03-14 › item 3 › at". */
export function describePlace(at: readonly (string | number)[]): string {
  return at
    .map((part, index) => {
      if (typeof part === 'number') return t('dataPlaceItem', String(part + 1));
      const name = index === 0 ? placeNames[part] : undefined;
      return name ? t(name) : part;
    })
    .join(' › ');
}

/** Why a file can't be imported, in plain words; every one ends by saying nothing changed. */
export function problemWords(problem: ImportProblem): string {
  switch (problem.code) {
    case 'not-json':
      return t('dataImportNotJson');
    case 'not-kindly':
      return t('dataImportNotKindly');
    case 'newer-version':
      return t('dataImportNewer');
    case 'wrong-type':
      return problem.at.length > 0 ? t('dataImportWrongType', describePlace(problem.at)) : t('dataImportNotKindly');
  }
}

/** The export's own timestamp as a date in the reader's language; shown as written if unreadable. */
export function exportDate(exportedAt: string): string {
  const date = new Date(exportedAt);
  return Number.isNaN(date.getTime()) ? exportedAt : date.toLocaleDateString(messagesLanguage(), { dateStyle: 'long' });
}
