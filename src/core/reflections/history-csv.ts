import type { JournalEntry } from '../journal';

/*
 * The journal as a spreadsheet: a header row, then one row per entry, newest first, as RFC 4180
 * writes it (CRLF between rows, a cell quoted when it holds a comma, a quote or a line break).
 * A cell a spreadsheet would read as a formula (starting with = + - @, or a tab or carriage
 * return) gets a leading apostrophe, so a note can never run as one.
 */
export const csvColumns = ['localTime', 'isoTime', 'practice', 'exercise', 'finished', 'seconds', 'feelings', 'notes', 'values'] as const;
export type CsvColumn = (typeof csvColumns)[number];

/** How the page's language writes each part; `localTime` is the entry's date and time as the person reads them. */
export interface CsvWords {
  headings: Readonly<Record<CsvColumn, string>>;
  localTime(at: number): string;
  practice(exercise: string): string;
  exercise(exercise: string): string;
  finished(finished: boolean): string;
  feeling(id: string): string;
  note(noteId: string, text: string): string;
  value(idOrOwnWords: string): string;
}

const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function row(entry: JournalEntry, words: CsvWords): string[] {
  return [
    words.localTime(entry.at),
    new Date(entry.at).toISOString(),
    words.practice(entry.exercise),
    words.exercise(entry.exercise),
    words.finished(entry.finished),
    String(entry.seconds),
    (entry.emotions ?? []).map((id) => words.feeling(id)).join('; '),
    Object.entries(entry.notes ?? {})
      .map(([noteId, text]) => words.note(noteId, text))
      .join('\n'),
    (entry.values ?? []).map((value) => words.value(value)).join('; '),
  ];
}

/** The CSV text of these entries, in the order given. */
export function historyCsv(entries: readonly JournalEntry[], words: CsvWords): string {
  const rows = [csvColumns.map((column) => words.headings[column]), ...entries.map((entry) => row(entry, words))];
  return `${rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
