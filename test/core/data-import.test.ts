import { describe, expect, it, vi } from 'vitest';
import { buildExport, buildHistoryExport, exportText, type StorageSnapshot } from '../../src/core/data-export';
import { parseImport } from '../../src/core/data-import';
import { MAX_FIELD_DEPTH } from '../../src/core/data-import-fields';
import { planImport } from '../../src/core/data-import-plan';
import * as jsonModule from '../../src/core/json-equal';
import { CURRENT_SCHEMA_VERSION } from '../../src/core/preference-migrations';

const now = Date.UTC(2026, 2, 14, 12);
const entry = { exercise: 'name-it', at: now - 1_000, seconds: 42, finished: true };
const other = { exercise: 'friend-check', at: now - 500, seconds: 90, finished: false };
const empty: StorageSnapshot = { sync: {}, local: {} };

const file = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({ ...buildExport({ sync: { 'reminders.everyMinutes': 30 }, local: { 'journal:2026-03-14': [entry, other] } }, now), ...overrides });

const problem = (text: string) => {
  const result = parseImport(text, empty, now);
  return result.ok ? undefined : result.problem;
};

describe('reading an import', () => {
  it('names what is wrong with a file that is not a Kindly export', () => {
    expect(problem('{ "format": ')).toEqual({ code: 'not-json' });
    expect(problem('')).toEqual({ code: 'not-json' });
    expect(problem('[1, 2]')).toEqual({ code: 'not-kindly' });
    expect(problem('{"format": "another-app"}')).toEqual({ code: 'not-kindly' });
    expect(problem(file({ version: 2 }))).toEqual({ code: 'newer-version' });
    expect(problem(file({ preferences: { schemaVersion: CURRENT_SCHEMA_VERSION + 1 } }))).toEqual({ code: 'newer-version' });
  });

  it('names the place where a value has the wrong type', () => {
    expect(problem(file({ version: '1' }))).toEqual({ code: 'wrong-type', at: ['version'] });
    expect(problem(file({ journal: { '2026-03-14': [entry, { ...other, at: 'noon' }] } }))).toEqual({
      code: 'wrong-type',
      at: ['journal', '2026-03-14', 1, 'at'],
    });
    expect(problem(file({ pauseLog: { yesterday: [] } }))).toEqual({ code: 'wrong-type', at: ['pauseLog', 'yesterday'] });
    expect(problem(file({ preferences: { 'reminders.everyMinutes': 2 } }))).toEqual({ code: 'wrong-type', at: ['preferences', 'reminders.everyMinutes'] });
    expect(problem(file({ preferences: { 'reminders.loudness': 11 } }))).toEqual({ code: 'wrong-type', at: ['preferences', 'reminders.loudness'] });
    expect(problem(file({ preferencesArea: 'cloud' }))).toEqual({ code: 'wrong-type', at: ['preferencesArea'] });
  });

  it('takes a list where a record belongs as the wrong type, not as an empty record', () => {
    expect(problem(file({ preferences: [] }))).toEqual({ code: 'wrong-type', at: ['preferences'] });
    expect(problem(file({ journal: [] }))).toEqual({ code: 'wrong-type', at: ['journal'] });
    expect(problem(file({ pauseLog: [[]] }))).toEqual({ code: 'wrong-type', at: ['pauseLog'] });
    expect(problem(file({ backups: [{ savedAt: 1, items: [] }] }))).toEqual({ code: 'wrong-type', at: ['backups', 0, 'items'] });
  });

  it('names every field it leaves out: prototype names, values nested too deeply, fields it does not know', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 40; level += 1) deep = { deeper: deep };
    const text = file({
      journal: { '2026-03-14': [{ ...entry, notes: { why: 'tired' }, later: { deep } }] },
      mystery: 1,
    }).replace('"exercise":"name-it"', '"__proto__":{"polluted":true},"exercise":"name-it"');
    const result = parseImport(text, empty, now);
    if (!result.ok) throw new Error(`expected a good file: ${JSON.stringify(result.problem)}`);
    expect(result.summary.leftOutFields).toEqual([
      ['journal', '2026-03-14', 0, '__proto__'],
      ['journal', '2026-03-14', 0, 'later', 'deep', ...Array<string>(MAX_FIELD_DEPTH - 5).fill('deeper')],
      ['mystery'],
    ]);
    expect(result.document.journal['2026-03-14']?.[0]).toMatchObject({ exercise: 'name-it', notes: { why: 'tired' }, later: { deep: {} } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('previews what will change against what is stored now', () => {
    const current: StorageSnapshot = { sync: { 'reminders.everyMinutes': 45, 'appearance.theme': 'dark' }, local: { 'journal:2026-03-14': [entry] } };
    const result = parseImport(file(), current, now);
    expect(result.ok && result.summary).toEqual({
      exportedAt: new Date(now).toISOString(),
      preferencesInFile: true,
      preferencesChanged: 2,
      journalToAdd: 1,
      pauseLogToAdd: 0,
      area: 'sync',
      areaChanges: false,
      backups: { added: 0, leftOut: 0 },
      leftOutFields: [],
    });
    const moving = parseImport(file({ preferencesArea: 'local' }), current, now);
    expect(moving.ok && moving.summary.areaChanges).toBe(true);
  });

  it('takes preferences only with where they were kept, and neither without the other', () => {
    const { preferences, preferencesArea, ...history } = JSON.parse(file()) as Record<string, unknown>;
    expect(problem(JSON.stringify({ ...history, preferences }))).toEqual({ code: 'wrong-type', at: ['preferencesArea'] });
    expect(problem(JSON.stringify({ ...history, preferencesArea }))).toEqual({ code: 'wrong-type', at: ['preferences'] });
    expect(problem(JSON.stringify(history))).toBeUndefined();
  });
});

describe('importing the reflections page’s export of the history alone', () => {
  // Preferences kept on this device, with an own affirmation: all of it must stay as it is.
  const current: StorageSnapshot = {
    sync: { 'appearance.theme': 'light' },
    local: {
      preferencesArea: 'local',
      'appearance.theme': 'dark',
      'affirmation.aaaaaaaa': { text: 'I can go gently.', order: 1 },
      'journal:2026-03-14': [entry],
    },
  };
  const historyText = exportText(buildHistoryExport({ 'journal:2026-03-14': [entry, other], 'pauseLog:2026-03-13': [{ at: now - 86_400_000, outcome: 'taken' }] }, now));

  it('previews the entries it adds and says the preferences stay', () => {
    const result = parseImport(historyText, current, now);
    if (!result.ok) throw new Error(`expected a good file: ${JSON.stringify(result.problem)}`);
    expect(result.summary).toMatchObject({ preferencesInFile: false, preferencesChanged: 0, journalToAdd: 1, area: 'local', areaChanges: false });
    expect(result.summary.ownAffirmations).toBeUndefined();
  });

  it('adds the entries and writes nothing else', () => {
    const result = parseImport(historyText, current, now);
    if (!result.ok) throw new Error('expected a good file');
    const plan = planImport(result.document, current, now);
    expect(plan.sync).toBeUndefined();
    expect(plan.local.remove).toEqual([]);
    expect(Object.keys(plan.local.set).sort()).toEqual(['journal:2026-03-14', 'pauseLog:2026-03-13']);
    expect(plan.local.set['journal:2026-03-14']).toEqual([entry, other]);
  });
});

describe('applying an import', () => {
  it('replaces the preferences and merges entries without doubling any', () => {
    const result = parseImport(file(), empty, now);
    if (!result.ok) throw new Error('expected a good file');
    const current: StorageSnapshot = {
      sync: { 'appearance.theme': 'dark', lastPauseAt: 7 },
      local: { 'journal:2026-03-14': [entry], 'journal:2026-03-13': [other], schedule: { rhythmFrom: 1 } },
    };
    expect(planImport(result.document, current, now)).toEqual({
      sync: { set: { 'reminders.everyMinutes': 30 }, remove: ['appearance.theme'] },
      local: { set: { 'journal:2026-03-14': [entry, other] }, remove: [] },
      added: { journal: 1, pauseLog: 0, backups: 0 },
      backupsFromFile: 0,
      backupsLeftOut: 0,
    });
  });

  it('keeps preferences on this device when the file says so, leaving the synced copy alone', () => {
    const result = parseImport(file({ preferencesArea: 'local' }), empty, now);
    if (!result.ok) throw new Error('expected a good file');
    const plan = planImport(result.document, { sync: { 'appearance.theme': 'dark' }, local: {} }, now);
    expect(plan.sync).toBeUndefined();
    expect(plan.local.set).toMatchObject({ 'reminders.everyMinutes': 30, preferencesArea: 'local' });
  });

  it('adds backups it doesn’t have and doesn’t announce ones already seen', () => {
    const backup = { savedAt: 5, items: { 'reminders.style': 'siren' } };
    const result = parseImport(file({ backups: [backup], backupsSeenAt: 6 }), empty, now);
    if (!result.ok) throw new Error('expected a good file');
    const plan = planImport(result.document, { sync: {}, local: { preferencesBackup: [backup] } }, now);
    expect(plan.local.set).toEqual({ preferencesBackupSeenAt: 6, 'journal:2026-03-14': [entry, other] });
  });

  it('never lets backups from a file push out the ones this device keeps', () => {
    const mine = Array.from({ length: 15 }, (_, index) => ({ savedAt: index, items: { [`mine.${index}`]: index } }));
    const theirs = Array.from({ length: 20 }, (_, index) => ({ savedAt: 100 + index, items: { [`file.${index}`]: index } }));
    const result = parseImport(file({ backups: theirs }), { sync: {}, local: { preferencesBackup: mine } }, now);
    if (!result.ok) throw new Error('expected a good file');
    expect(result.summary.backups).toEqual({ added: 5, leftOut: 15 });
    const plan = planImport(result.document, { sync: {}, local: { preferencesBackup: mine } }, now);
    // All of this device's, then the newest of the file's that fit.
    expect(plan.local.set.preferencesBackup).toEqual([...mine, ...theirs.slice(-5)]);
    const full = planImport(result.document, { sync: {}, local: { preferencesBackup: [...mine, ...theirs.slice(0, 5)] } }, now);
    expect(full.local.set).not.toHaveProperty('preferencesBackup');
  });

  it('compares a large file with a large journal without comparing every pair', () => {
    const many = Array.from({ length: 10_000 }, (_, index) => ({ exercise: 'name-it', at: now - index, seconds: index % 90, finished: true }));
    const text = JSON.stringify({ ...buildExport({ sync: {}, local: {} }, now), journal: { '2026-03-14': many } });
    const stored: StorageSnapshot = { sync: {}, local: { 'journal:2026-03-14': many.map((item) => ({ seconds: item.seconds, finished: true, at: item.at, exercise: 'name-it' })) } };
    const compared = vi.spyOn(jsonModule, 'jsonEqual');
    const result = parseImport(text, stored, now);
    expect(result.ok && result.summary.journalToAdd).toBe(0);
    // Equal whatever the order of their fields; each entry was compared with the one stored at its time only.
    expect(compared.mock.calls.length).toBeGreaterThan(0);
    expect(compared.mock.calls.length).toBeLessThanOrEqual(2 * many.length);
  });

  it('reads back its own export text', () => {
    const text = exportText(buildExport({ sync: {}, local: {} }, now));
    expect(parseImport(text, empty, now).ok).toBe(true);
  });
});
