import { buildExport, exportFileName, exportText, type ExportDocument, type StorageSnapshot } from '../core/data-export';
import { parseImport, type ImportParse } from '../core/data-import';
import { planImport } from '../core/data-import-plan';
import { flushPreferences } from './preferences-store';
import { readItems, updateItems, writeItems } from './storage';
import { tracked } from './test-hooks';

/*
 * The person's data as a whole: export it, bring it back, or erase it. What to write is decided
 * in core; this only reads both areas and writes the plans.
 */
async function readSnapshot(): Promise<StorageSnapshot> {
  await flushPreferences();
  const [sync, local] = await Promise.all([readItems('sync'), readItems('local')]);
  return { sync, local };
}

export async function exportEverything(now = Date.now()): Promise<{ text: string; fileName: string }> {
  return { text: exportText(buildExport(await readSnapshot(), now)), fileName: exportFileName(now) };
}

/** Reads a file's text for the preview; writes nothing. */
export async function readImport(text: string, now = Date.now()): Promise<ImportParse> {
  return parseImport(text, await readSnapshot(), now);
}

/** Applies a previewed file against what is stored by then (a change made meanwhile is kept). */
export const applyImport = tracked(async (document: ExportDocument, now: number = Date.now()): Promise<void> => {
  const plan = planImport(document, await readSnapshot(), now);
  // Sync first: if it refuses (quota), nothing on this device has changed yet.
  if (plan.sync) await writeItems('sync', plan.sync);
  await writeItems('local', plan.local);
});

/** Reads and, only if the file is good, applies it. */
export async function importFromText(text: string, now = Date.now()): Promise<ImportParse> {
  const parsed = await readImport(text, now);
  if (parsed.ok) await applyImport(parsed.document, now);
  return parsed;
}

/**
 * Removes everything Kindly keeps, in both areas, synced preferences included. This device's
 * storage goes first: the worker sees its schedule gone and starts a fresh one, then follows
 * the preferences back to their defaults.
 */
export const eraseEverything = tracked(async (): Promise<void> => {
  await flushPreferences();
  await updateItems('local', undefined, (items) => ({ remove: Object.keys(items) }));
  await updateItems('sync', undefined, (items) => ({ remove: Object.keys(items) }));
});
