import { describe, expect, it } from 'vitest';
import { buildExport, buildHistoryExport, exportFileName, exportText, historyFileName } from '../../src/core/data-export';
import { dayListKey } from '../../src/core/day-lists';
import { local } from '../helpers/time-zones';

const at = local(2026, 3, 14, 10, 30);
const entry = { exercise: 'name-it', at, seconds: 42, finished: true, emotions: ['calm'] };
const pause = { at, outcome: 'taken' };

describe('export', () => {
  it('holds the preferences, journal, pause history and backups, and leaves the worker’s timer out', () => {
    const document = buildExport(
      {
        sync: { 'reminders.everyMinutes': 45, schemaVersion: 1, lastPauseAt: at },
        local: {
          [dayListKey('journal', at)]: [entry],
          [dayListKey('pauseLog', at)]: [pause],
          schedule: { rhythmFrom: at },
          preferencesBackup: [{ savedAt: 5, items: { 'reminders.style': 'siren' } }],
          preferencesBackupSeenAt: 6,
        },
      },
      at,
    );
    expect(document).toEqual({
      format: 'kindly-export',
      version: 1,
      exportedAt: new Date(at).toISOString(),
      preferences: { 'reminders.everyMinutes': 45, schemaVersion: 1 },
      preferencesArea: 'sync',
      journal: { '2026-03-14': [entry] },
      pauseLog: { '2026-03-14': [pause] },
      backups: [{ savedAt: 5, items: { 'reminders.style': 'siren' } }],
      backupsSeenAt: 6,
    });
  });

  it('takes the preferences from this device when they are kept here', () => {
    const document = buildExport({ sync: { 'reminders.everyMinutes': 45 }, local: { 'reminders.everyMinutes': 20, preferencesArea: 'local' } }, at);
    expect(document.preferences).toEqual({ 'reminders.everyMinutes': 20 });
    expect(document.preferencesArea).toBe('local');
  });

  it('leaves out what Kindly itself could not read back, so every export imports again', () => {
    const document = buildExport({ sync: {}, local: { [dayListKey('journal', at)]: [entry, 'scribble', { exercise: 'x' }], 'journal:someday': [entry], [dayListKey('pauseLog', at)]: 'odd' } }, at);
    expect(document.journal).toEqual({ '2026-03-14': [entry] });
    expect(document.pauseLog).toEqual({});
  });

  it('is named for the day and written readably', () => {
    expect(exportFileName(at)).toBe('kindly-2026-03-14.json');
    expect(exportText(buildExport({ sync: {}, local: {} }, at))).toMatch(/^\{\n {2}"format": "kindly-export",\n/);
  });
});

describe('the history export of the reflections page', () => {
  it('holds the journal and pause log as the full export writes them, and nothing else', () => {
    const at = new Date(2026, 2, 14, 10).getTime();
    const entry = { exercise: 'name-it', at, seconds: 40, finished: true, emotions: ['calm'] };
    const local = {
      'journal:2026-03-14': [entry, 'unreadable'],
      'pauseLog:2026-03-14': [{ at, outcome: 'taken' }],
      'theme.dark': true,
      preferencesArea: 'local',
    };
    const history = buildHistoryExport(local, at);
    const full = buildExport({ sync: {}, local }, at);
    expect(history).toEqual({ format: full.format, version: full.version, exportedAt: full.exportedAt, journal: full.journal, pauseLog: full.pauseLog });
    expect(history.journal).toEqual({ '2026-03-14': [entry] });
    expect(historyFileName(at, 'csv')).toBe('kindly-reflections-2026-03-14.csv');
    expect(historyFileName(at, 'json')).toBe('kindly-reflections-2026-03-14.json');
  });
});
