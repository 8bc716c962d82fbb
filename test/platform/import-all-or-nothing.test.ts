import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildExport, buildHistoryExport, exportText, type ExportDocument, type StorageSnapshot } from '../../src/core/data-export';
import { importablePreferences, planImport } from '../../src/core/data-import-plan';
import { canonicalJson } from '../../src/core/json-equal';
import { chosenPreferenceItems, isPreferenceItemKey } from '../../src/core/preferences-area';
import { dayListPrefixes, INTERRUPTED_WRITE_KEY, PREFERENCE_BACKUP_KEY, PREFERENCE_BACKUP_SEEN_KEY, PREFERENCES_AREA_KEY } from '../../src/core/storage-keys';
import { applyImport, eraseEverything, readImport } from '../../src/platform/data-store';
import { setPreferencesArea } from '../../src/platform/preferences-area-move';
import { flushPreferences, savePreferences } from '../../src/platform/preferences-store';
import { NotEnoughRoomError } from '../../src/platform/storage-errors';
import { journalEntry, storageSnapshot } from '../helpers/data-arbitraries';
import { enforceStorageQuotas, forgetStorageQuotas } from '../helpers/storage-quotas';

const now = Date.UTC(2026, 2, 14, 12);
type Items = Record<string, unknown>;

async function store(snapshot: StorageSnapshot) {
  forgetStorageQuotas();
  await fakeBrowser.storage.sync.clear();
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.sync.set(snapshot.sync);
  await fakeBrowser.storage.local.set(snapshot.local);
}

const stored = async (): Promise<StorageSnapshot> => ({ sync: await fakeBrowser.storage.sync.get(null), local: await fakeBrowser.storage.local.get(null) });

function applied(items: Items, write: { set: Items; remove: string[] } | undefined): Items {
  if (!write) return items;
  const result = { ...items };
  for (const key of write.remove) delete result[key];
  return Object.assign(result, write.set);
}

const entriesOf = (items: Items, prefix: string) =>
  Object.entries(items)
    .filter(([key]) => key.startsWith(prefix))
    .flatMap(([, list]) => (Array.isArray(list) ? list : []));

/** Keys an import may change: preferences, where they are kept, the day lists, the backups. */
const importMayChange = (key: string) =>
  isPreferenceItemKey(key) ||
  key === PREFERENCES_AREA_KEY ||
  key === PREFERENCE_BACKUP_KEY ||
  key === PREFERENCE_BACKUP_SEEN_KEY ||
  Object.values(dayListPrefixes).some((prefix) => key.startsWith(prefix));

/**
 * A file another Kindly exported (from Options, or the history alone from the reflections page),
 * at times with enough journal notes to outgrow an area.
 */
const importFile = fc
  .tuple(storageSnapshot, fc.array(journalEntry, { maxLength: 3 }), fc.nat({ max: 4_000 }), fc.boolean())
  .map(([snapshot, extra, noteLength, historyOnly]) => {
    const document = historyOnly ? buildHistoryExport(snapshot.local, now) : buildExport(snapshot, now);
    const padded = extra.map((entry) => ({ ...entry, notes: { why: 'n'.repeat(noteLength) } }));
    if (padded.length > 0) document.journal = { ...document.journal, '2026-03-10': [...(document.journal['2026-03-10'] ?? []), ...padded] } as ExportDocument['journal'];
    return exportText(document);
  });

/** Room each area has, in bytes: sometimes plenty, sometimes less than the file needs. */
const quotas = fc.record({
  syncBytes: fc.constantFrom(102_400, 4_000, 1_500),
  localBytes: fc.constantFrom(10_485_760, 12_000, 3_000),
  // Firefox states no quota for storage.local, so only the browser's refusal shows it.
  statesLocalQuota: fc.boolean(),
  failOperation: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
});

afterEach(() => forgetStorageQuotas());

describe('an import lands whole or not at all', () => {
  it('for any stored state and any file: everything in the file is there and nothing else changed, or storage is exactly as before', async () => {
    await fc.assert(
      fc.asyncProperty(storageSnapshot, importFile, quotas, async (snapshot, text, quota) => {
        await store(snapshot);
        const before = await stored();
        enforceStorageQuotas(
          { sync: { totalBytes: quota.syncBytes, bytesPerItem: 8_192, maxItems: 512 }, local: { totalBytes: quota.localBytes } },
          { failOperation: quota.failOperation, statesLocalQuota: quota.statesLocalQuota },
        );
        const reading = await readImport(text, now);
        if (!reading.ok) throw new Error(`an export should read: ${JSON.stringify(reading.problem)}`);
        const landed = await applyImport(reading.document, now).then(
          () => true,
          () => false,
        );
        forgetStorageQuotas();
        const after = await stored();
        if (!landed) {
          expect(after).toEqual(before);
          return;
        }
        // Everything the plan said, nothing more: the record of what was replaced is gone too.
        const plan = planImport(reading.document, before, now);
        expect(after).toEqual({ sync: applied(before.sync, plan.sync), local: applied(before.local, plan.local) });
        expect(INTERRUPTED_WRITE_KEY in after.local).toBe(false);
        // Every entry of the file is there, and the preview counted what was added.
        for (const list of ['journal', 'pauseLog'] as const) {
          const have = new Set(entriesOf(after.local, dayListPrefixes[list]).map(canonicalJson));
          for (const entry of Object.values(reading.document[list]).flat()) expect(have.has(canonicalJson(entry))).toBe(true);
          const added = entriesOf(after.local, dayListPrefixes[list]).length - entriesOf(before.local, dayListPrefixes[list]).length;
          expect(added).toBe(list === 'journal' ? reading.summary.journalToAdd : reading.summary.pauseLogToAdd);
        }
        // The history alone leaves every preference item, in both areas, and where they are kept, as they were.
        if (reading.document.preferences === undefined) {
          for (const area of ['sync', 'local'] as const) {
            const preferenceSide = (items: Items) => Object.entries(items).filter(([key]) => isPreferenceItemKey(key) || key === PREFERENCES_AREA_KEY);
            expect(preferenceSide(after[area])).toEqual(preferenceSide(before[area]));
          }
        }
        expect(chosenPreferenceItems(after.sync, after.local)).toEqual(
          expect.objectContaining(Object.fromEntries(Object.entries(importablePreferences(reading.document).items).filter(([key]) => isPreferenceItemKey(key)))),
        );
        for (const area of ['sync', 'local'] as const) {
          const changed = [...new Set([...Object.keys(before[area]), ...Object.keys(after[area])])].filter(
            (key) => canonicalJson(before[area][key]) !== canonicalJson(after[area][key]),
          );
          expect(changed.filter((key) => !importMayChange(key))).toEqual([]);
        }
      }),
      // Counterexamples carry long journal notes: shrinking them takes minutes, the first one says enough.
      { numRuns: 100, endOnFailure: true },
    );
  }, 30_000);

  it('measures first: a file too big for this device changes nothing, and the preview says so', async () => {
    await store({ sync: { 'reminders.everyMinutes': 30, 'affirmation.k3j9x0q2': { text: 'I am allowed to rest.', order: 1 } }, local: {} });
    const before = await stored();
    enforceStorageQuotas({ sync: { totalBytes: 102_400 }, local: { totalBytes: 20_000 } });
    const notes = Array.from({ length: 30 }, (_, index) => ({ exercise: 'name-it', at: now - index, seconds: 30, finished: true, notes: { why: 'w'.repeat(1_000) } }));
    const file = { ...buildExport({ sync: { 'reminders.everyMinutes': 90 }, local: {} }, now), journal: { '2026-03-14': notes } };
    const reading = await readImport(exportText(file), now);
    if (!reading.ok) throw new Error('expected a good file');
    expect(reading.noRoom).toBeInstanceOf(NotEnoughRoomError);
    expect(reading.noRoom).toMatchObject({ area: 'local', kind: 'area-full' });
    expect(reading.noRoom?.room?.neededBytes).toBeGreaterThan(30_000);
    const error: unknown = await applyImport(reading.document, now).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotEnoughRoomError);
    // Trying again starts from the person's own data, and fails the same clean way.
    expect(await stored()).toEqual(before);
    await expect(applyImport(reading.document, now)).rejects.toBeInstanceOf(NotEnoughRoomError);
    expect(await stored()).toEqual(before);
  });

  it('puts back what a closed page left half-written before anything else reads the data', async () => {
    await store({ sync: { 'reminders.everyMinutes': 30 }, local: {} });
    // As if a page had written the record and sync's half, then closed.
    await fakeBrowser.storage.local.set({ [INTERRUPTED_WRITE_KEY]: { startedAt: now, restore: { sync: { set: { 'reminders.everyMinutes': 30 }, remove: ['appearance.theme'] } } } });
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 90, 'appearance.theme': 'dark' });
    const reading = await readImport(exportText(buildExport({ sync: {}, local: {} }, now)), now);
    expect(reading.ok && reading.summary.preferencesChanged).toBe(1);
    expect(await stored()).toEqual({ sync: { 'reminders.everyMinutes': 30 }, local: {} });
  });
});

describe('moving preferences between areas lands whole or not at all', () => {
  it('with sync refusing, this device keeps its preferences and nothing moves', async () => {
    await store({ sync: {}, local: { preferencesArea: 'local', 'reminders.everyMinutes': 30, 'appearance.theme': 'dark' } });
    const before = await stored();
    enforceStorageQuotas({ sync: { totalBytes: 10 } });
    await expect(setPreferencesArea('sync')).rejects.toMatchObject({ area: 'sync', kind: 'area-full' });
    expect(await stored()).toEqual(before);
    // A refusal the browser only says when asked: everything written so far is put back.
    enforceStorageQuotas({}, { failOperation: 3 });
    await expect(setPreferencesArea('sync')).rejects.toThrow('Injected failure');
    forgetStorageQuotas();
    expect(await stored()).toEqual(before);
  });
});

describe('erasing everything', () => {
  it('also drops a change sync refused and this page was keeping, so it doesn’t come back afterwards', async () => {
    // Refused when made, and again while the erase writes what waits; the quota allows it after.
    const tooMany = () => new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(tooMany()).mockRejectedValueOnce(tooMany());
    await expect(savePreferences({ 'reminders.sound': false })).rejects.toMatchObject({ kind: 'too-many-writes' });
    await eraseEverything();
    // What a page does when it is hidden: send whatever it still keeps.
    await flushPreferences();
    expect(await stored()).toEqual({ sync: {}, local: {} });
  });
});
