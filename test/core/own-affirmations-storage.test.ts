import { describe, expect, it } from 'vitest';
import { buildExport, exportText, type StorageSnapshot } from '../../src/core/data-export';
import { parseImport } from '../../src/core/data-import';
import { planImport } from '../../src/core/data-import-plan';
import { CURRENT_SCHEMA_VERSION, migrateStoredItems } from '../../src/core/preference-migrations';
import { planPreferenceRepair } from '../../src/core/preference-repair';
import { chosenPreferenceItems, planAreaSwitch } from '../../src/core/preferences-area';

/*
 * The person's own affirmations are items beside the preferences ("affirmation.<id>"), so
 * everything that moves, exports, imports or repairs preferences must carry them along.
 */
const now = Date.UTC(2026, 2, 14, 12);
const rest = { 'affirmation.k3j9x0q2': { text: 'I am allowed to rest.', order: 1 } };
const enough = { 'affirmation.m4n5b6v7': { text: 'I am doing enough.', order: 2 } };
const own = { ...rest, ...enough };

function imported(text: string, current: StorageSnapshot) {
  const result = parseImport(text, current, now);
  if (!result.ok) throw new Error(`expected a good file, got ${JSON.stringify(result.problem)}`);
  return result;
}

describe('own affirmations move between areas with the preferences', () => {
  it('to this device only, and back to sync', () => {
    const sync = { 'appearance.theme': 'dark', ...own, lastPauseAt: 5 };
    const toLocal = planAreaSwitch('local', sync, { schedule: {} });
    expect(toLocal.local.set).toMatchObject(own);
    const local = { ...toLocal.local.set, 'journal:2026-03-14': [] };
    expect(chosenPreferenceItems(sync, local)).toMatchObject(own);

    const edited = { ...local, 'affirmation.k3j9x0q2': { text: 'Rest is allowed.', order: 1 } };
    const toSync = planAreaSwitch('sync', sync, edited);
    expect(toSync.sync?.set).toMatchObject({ ...enough, 'affirmation.k3j9x0q2': { text: 'Rest is allowed.', order: 1 } });
    expect(toSync.local.remove).toEqual(expect.arrayContaining(Object.keys(own)));
    expect(toSync.local.remove).not.toContain('journal:2026-03-14');
  });

  it('an affirmation removed on this device is removed from sync when moving back', () => {
    const plan = planAreaSwitch('sync', own, { preferencesArea: 'local', ...enough });
    expect(plan.sync?.remove).toEqual(['affirmation.k3j9x0q2']);
  });
});

describe('repair leaves own affirmations alone', () => {
  it('migrations keep them, and repair does not take them out as unknown', () => {
    expect(migrateStoredItems(own).items).toEqual(own);
    expect(planPreferenceRepair({ ...own, 'appearance.theme': 'dark', schemaVersion: CURRENT_SCHEMA_VERSION })).toEqual({ set: {}, remove: [], backup: [] });
  });

  it('takes out only unreadable ones, handing them over for backup', () => {
    const broken = { 'affirmation.brokenone': 'just words', 'affirmation.emptyone1': { text: ' ', order: 3 } };
    const repair = planPreferenceRepair({ ...own, ...broken });
    expect(repair.remove.sort()).toEqual(Object.keys(broken).sort());
    expect(repair.set).toEqual({});
    expect(Object.fromEntries(repair.backup.map((entry) => [entry.key, entry.value]))).toEqual(broken);
  });

  it('leaves everything as it is when a newer Kindly wrote it', () => {
    const repair = planPreferenceRepair({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, 'affirmation.brokenone': 'just words', ...own });
    expect(repair.remove).toEqual([]);
  });
});

describe('export and import carry own affirmations', () => {
  it('exports them from whichever area is chosen, and imports them back', () => {
    for (const area of ['sync', 'local'] as const) {
      const snapshot: StorageSnapshot =
        area === 'sync' ? { sync: { ...own, 'appearance.theme': 'dark' }, local: {} } : { sync: {}, local: { preferencesArea: 'local', ...own } };
      const document = buildExport(snapshot, now);
      expect(document.preferences).toMatchObject(own);

      const result = imported(exportText(document), { sync: {}, local: {} });
      expect(result.summary.ownAffirmations).toEqual({ added: 2, changed: 0, removed: 0, leftOut: [] });
      const plan = planImport(result.document, { sync: {}, local: {} }, now);
      expect(area === 'sync' ? plan.sync?.set : plan.local.set).toMatchObject(own);
    }
  });

  it('an import replaces the own affirmations here, like the other preferences, and the preview says which go', () => {
    const text = exportText(buildExport({ sync: rest, local: {} }, now));
    const current: StorageSnapshot = { sync: { ...enough, 'affirmation.k3j9x0q2': { text: 'Older words', order: 1 } }, local: {} };
    const result = imported(text, current);
    // One edited in the file, one here only: the import removes it, and the preview says so.
    expect(result.summary.ownAffirmations).toEqual({ added: 0, changed: 1, removed: 1, leftOut: [] });
    const plan = planImport(result.document, current, now);
    expect(plan.sync).toEqual({ set: rest, remove: ['affirmation.m4n5b6v7'] });
  });

  it('brings in at most the fifty the editor allows, and keeps the rest as a backup, named', () => {
    const many = Object.fromEntries(
      Array.from({ length: 300 }, (_, index) => [`affirmation.many${String(index).padStart(4, '0')}`, { text: `Kind words ${index}`, order: index + 1 }]),
    );
    const result = imported(exportText(buildExport({ sync: many, local: {} }, now)), { sync: {}, local: {} });
    expect(result.summary.ownAffirmations).toMatchObject({ added: 50, changed: 0, removed: 0 });
    expect(result.summary.ownAffirmations?.leftOut.map((entry) => entry.key)).toEqual(Object.keys(many).slice(50));
    const plan = planImport(result.document, { sync: {}, local: {} }, now);
    expect(Object.keys(plan.sync?.set ?? {}).filter((key) => key.startsWith('affirmation.'))).toEqual(Object.keys(many).slice(0, 50));
    expect(plan.local.set.preferencesBackup).toEqual([{ savedAt: now, items: Object.fromEntries(Object.entries(many).slice(50)) }]);
  });

  it('says nothing about own affirmations when there are none on either side', () => {
    const result = imported(exportText(buildExport({ sync: { 'appearance.theme': 'dark' }, local: {} }, now)), { sync: {}, local: {} });
    expect(result.summary).not.toHaveProperty('ownAffirmations');
  });

  it('leaves out an unreadable one, names it, keeps it as a backup, and brings in all the rest', () => {
    const broken = { 'affirmation.brokenone': { text: 'x'.repeat(200), order: 1 }, 'affirmation.nowords01': 7 };
    const journal = { 'journal:2026-03-14': [{ exercise: 'name-it', at: now - 1_000, seconds: 42, finished: true }] };
    const text = exportText(buildExport({ sync: { ...own, ...broken, 'appearance.theme': 'dark' }, local: journal }, now));
    const result = imported(text, { sync: {}, local: {} });
    expect(result.summary.ownAffirmations?.added).toBe(2);
    expect(result.summary.ownAffirmations?.leftOut.map((entry) => [entry.key, entry.value])).toEqual(Object.entries(broken));
    expect(result.summary.journalToAdd).toBe(1);

    const plan = planImport(result.document, { sync: {}, local: {} }, now);
    expect(plan.sync?.set).toEqual({ ...own, 'appearance.theme': 'dark' });
    expect(plan.local.set).toMatchObject({ ...journal, preferencesBackup: [{ savedAt: now, items: broken }] });
    expect(plan.added.backups).toBe(1);

    // The same file again: the backup is already there, and isn't kept twice.
    const again = planImport(result.document, { sync: plan.sync?.set ?? {}, local: plan.local.set }, now + 60_000);
    expect(again.local.set).not.toHaveProperty('preferencesBackup');
  });

  it('still refuses other unknown items, as before', () => {
    const text = JSON.stringify({ ...buildExport({ sync: own, local: {} }, now), preferences: { ...own, 'reminders.loudness': 11 } });
    const result = parseImport(text, { sync: {}, local: {} }, now);
    expect(result.ok || result.problem).toEqual({ code: 'wrong-type', at: ['preferences', 'reminders.loudness'] });
  });
});
