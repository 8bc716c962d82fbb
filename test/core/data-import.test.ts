import { describe, expect, it } from 'vitest';
import { buildExport, exportText, type StorageSnapshot } from '../../src/core/data-export';
import { parseImport } from '../../src/core/data-import';
import { planImport } from '../../src/core/data-import-plan';
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

  it('previews what will change against what is stored now', () => {
    const current: StorageSnapshot = { sync: { 'reminders.everyMinutes': 45, 'appearance.theme': 'dark' }, local: { 'journal:2026-03-14': [entry] } };
    const result = parseImport(file(), current, now);
    expect(result.ok && result.summary).toEqual({
      exportedAt: new Date(now).toISOString(),
      preferencesChanged: 2,
      journalToAdd: 1,
      pauseLogToAdd: 0,
      area: 'sync',
      areaChanges: false,
    });
    const moving = parseImport(file({ preferencesArea: 'local' }), current, now);
    expect(moving.ok && moving.summary.areaChanges).toBe(true);
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

  it('reads back its own export text', () => {
    const text = exportText(buildExport({ sync: {}, local: {} }, now));
    expect(parseImport(text, empty, now).ok).toBe(true);
  });
});
