import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildExport, exportText } from '../../src/core/data-export';
import { parseImport } from '../../src/core/data-import';
import { preferenceItems } from '../../src/core/preferences-area';
import { eraseEverything, exportEverything, importFromText } from '../../src/platform/data-store';
import { storageSnapshot } from '../helpers/data-arbitraries';

const now = Date.UTC(2026, 2, 14, 12);

async function store(snapshot: { sync: Record<string, unknown>; local: Record<string, unknown> }) {
  await fakeBrowser.storage.sync.clear();
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.sync.set(snapshot.sync);
  await fakeBrowser.storage.local.set(snapshot.local);
}

const stored = async () => ({ sync: await fakeBrowser.storage.sync.get(null), local: await fakeBrowser.storage.local.get(null) });

/** Ways a good file goes bad: each must be refused with nothing written. */
const spoilers: ((document: Record<string, unknown>) => unknown)[] = [
  (document) => ({ ...document, format: 'kindly' }),
  (document) => ({ ...document, version: 2 }),
  (document) => ({ ...document, version: 'one' }),
  (document) => ({ ...document, preferences: { ...(document.preferences as object), 'reminders.everyMinutes': 'often' } }),
  (document) => ({ ...document, preferences: { ...(document.preferences as object), schemaVersion: 99 } }),
  (document) => ({ ...document, journal: { '2026-03-14': [{ exercise: 'name-it', at: 'noon' }] } }),
  (document) => ({ ...document, pauseLog: { '2026-03-14': [{ at: 1, outcome: 'forgotten' }] } }),
  (document) => ({ ...document, backups: 'none' }),
  (document) => [document],
];

const badText = fc.oneof(
  fc.string(),
  fc.json(),
  fc.tuple(storageSnapshot, fc.constantFrom(...spoilers)).map(([snapshot, spoil]) => JSON.stringify(spoil(buildExport(snapshot, now)))),
  fc.tuple(storageSnapshot, fc.nat()).map(([snapshot, cut]) => {
    const text = exportText(buildExport(snapshot, now));
    return text.slice(0, cut % text.length);
  }),
);

describe('import, whatever the file', () => {
  it('never throws, on any text at all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ format: 'kindly-export', version: 1, ...Object(value) }))), storageSnapshot, (text, current) => {
        const result = parseImport(text, current, now);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('a file it refuses changes nothing that is stored', async () => {
    await fc.assert(
      fc.asyncProperty(storageSnapshot, badText, async (snapshot, text) => {
        await store(snapshot);
        const before = await stored();
        const result = await importFromText(text, now);
        if (result.ok) return;
        expect(await stored()).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  it('export, erase, import gives back everything the person had', async () => {
    await fc.assert(
      fc.asyncProperty(storageSnapshot, async (snapshot) => {
        await store(snapshot);
        const before = await stored();
        const { text } = await exportEverything(now);
        await eraseEverything();
        expect(await stored()).toEqual({ sync: {}, local: {} });
        const result = await importFromText(text, now);
        expect(result.ok).toBe(true);
        const after = await stored();
        // The schedule and the cross-browser pause signal are the worker's, and start afresh.
        const { schedule: _schedule, ...localBefore } = before.local;
        expect(after.local).toEqual(localBefore);
        // Kept on this device only, the synced copy was the other browsers' and isn't in the file.
        if (before.local.preferencesArea !== 'local') expect(after.sync).toEqual(preferenceItems(before.sync));
      }),
      { numRuns: 60 },
    );
    // Sixty whole export-erase-import rounds: a second on a quiet machine, more on a loaded one.
  }, 30_000);
});
