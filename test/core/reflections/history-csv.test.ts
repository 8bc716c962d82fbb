import { describe, expect, it } from 'vitest';
import { csvCell, historyCsv, type CsvWords } from '../../../src/core/reflections/history-csv';

const words: CsvWords = {
  headings: { localTime: 'When', isoTime: 'ISO', practice: 'Practice', exercise: 'Exercise', finished: 'Finished', seconds: 'Seconds', feelings: 'Feelings', notes: 'Notes', values: 'Values' },
  localTime: (at) => `day ${at}`,
  practice: (exercise) => `practice of ${exercise}`,
  exercise: (exercise) => exercise.toUpperCase(),
  finished: (finished) => (finished ? 'yes' : 'no'),
  feeling: (id) => `word:${id}`,
  note: (noteId, text) => `${noteId}: ${text}`,
  value: (value) => `value:${value}`,
};

describe('the history as CSV', () => {
  it('has a header row and one row per entry, in the order given, rows ended by CRLF', () => {
    const at = Date.UTC(2026, 2, 14, 10, 30);
    const csv = historyCsv(
      [
        { exercise: 'name-it', at, seconds: 62, finished: true, emotions: ['calm', 'grateful'], notes: { 'makes-sense': 'slept well' } },
        { exercise: 'values-compass', at: at - 60_000, seconds: 75, finished: false, values: ['kindness', 'Sam'] },
      ],
      words,
    );
    expect(csv.split('\r\n')).toEqual([
      'When,ISO,Practice,Exercise,Finished,Seconds,Feelings,Notes,Values',
      `day ${at},2026-03-14T10:30:00.000Z,practice of name-it,NAME-IT,yes,62,word:calm; word:grateful,makes-sense: slept well,`,
      `day ${at - 60_000},2026-03-14T10:29:00.000Z,practice of values-compass,VALUES-COMPASS,no,75,,,value:kindness; value:Sam`,
      '',
    ]);
  });

  it('quotes cells with commas, quotes or line breaks, as RFC 4180 does', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('tired, but ok')).toBe('"tired, but ok"');
    expect(csvCell('she said "rest"')).toBe('"she said ""rest"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    const csv = historyCsv([{ exercise: 'friend-check', at: 0, seconds: 1, finished: true, notes: { friend: 'a', 'kind-words': 'b, "c"' } }], words);
    expect(csv).toContain(',"friend: a\nkind-words: b, ""c""",');
  });

  it('never lets a cell start as a spreadsheet formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}SUM(A1)`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    const csv = historyCsv([{ exercise: 'friend-check', at: 0, seconds: 1, finished: true, values: ['@home'] }], { ...words, value: (value) => value });
    expect(csv.split('\r\n')[1]?.endsWith(",'@home")).toBe(true);
  });
});
