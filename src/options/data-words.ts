import type { ImportProblem } from '../core/data-import';
import type { NotEnoughRoomError } from '../platform/storage-errors';
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

/** 11534336 → "11 MB", 3000 → "2.9 KB": sizes as a person reads them, in their language. */
export function formatBytes(bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [Math.max(bytes, 1) / 1024, 'kilobyte'];
  return new Intl.NumberFormat(messagesLanguage(), { style: 'unit', unit, maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/** Why a file doesn't fit, measured before anything was written. */
export function noRoomWords(error: NotEnoughRoomError): string {
  if (!error.room) return t('dataImportNoRoomItems');
  const needed = formatBytes(error.room.neededBytes);
  const free = formatBytes(error.room.freeBytes);
  return t(error.area === 'sync' ? 'dataImportNoRoomSync' : 'dataImportNoRoomLocal', needed, free);
}
