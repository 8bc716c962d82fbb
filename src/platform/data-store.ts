import { buildExport, exportFileName, exportText, type ExportDocument, type StorageSnapshot } from '../core/data-export';
import { parseImport, type ImportParse } from '../core/data-import';
import { planImport } from '../core/data-import-plan';
import type { AreaWrites } from '../core/interrupted-write';
import { putBackInterruptedWrite, roomRefusal, writeAllOrNothing } from './all-or-nothing';
import { flushPreferences, forgetKeptPreferences } from './preferences-store';
import { withAreas, type AreaAccess } from './storage';
import type { NotEnoughRoomError } from './storage-errors';
import { tracked } from './test-hooks';

/*
 * The person's data as a whole: export it, bring it back, or erase it. What to write is decided
 * in core; this reads both areas and writes the plans, holding both (no page or the worker
 * writes in between), after putting back anything an earlier import left half-written.
 */
async function withBothAreas<T>(task: (access: AreaAccess, snapshot: StorageSnapshot) => Promise<T>): Promise<T> {
  await flushPreferences();
  return withAreas(['local', 'sync'], async (access) => {
    await putBackInterruptedWrite(access);
    const [sync, local] = await Promise.all([access.read('sync'), access.read('local')]);
    await nextTask();
    return task(access, { sync, local });
  });
}

/*
 * A 10,000-entry journal takes the page a while to receive and another while to compare: each in
 * a task of its own keeps the page answering (no task over 100 ms; `npm run bench` measures it).
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const importWrites = (document: ExportDocument, snapshot: StorageSnapshot, now: number): AreaWrites => {
  const plan = planImport(document, snapshot, now);
  return plan.sync ? { local: plan.local, sync: plan.sync } : { local: plan.local };
};

export async function exportEverything(now = Date.now()): Promise<{ text: string; fileName: string }> {
  const document = await withBothAreas(async (_access, snapshot) => buildExport(snapshot, now));
  return { text: exportText(document), fileName: exportFileName(now) };
}

/** What reading a file found, and whether it fits here; writes nothing of the file. */
export type ImportReading = ImportParse & { noRoom?: NotEnoughRoomError };

/** Reads a file's text for the preview, and measures whether it fits both areas. */
export async function readImport(text: string, now = Date.now()): Promise<ImportReading> {
  return withBothAreas(async (access, snapshot) => {
    const parsed = await parseImport(text, snapshot, now, nextTask);
    if (!parsed.ok) return parsed;
    await nextTask();
    const noRoom = await roomRefusal(access, importWrites(parsed.document, snapshot, now), snapshot, now);
    return noRoom ? { ...parsed, noRoom } : parsed;
  });
}

/**
 * Applies a previewed file against what is stored by then (a change made meanwhile is kept),
 * whole or not at all: rejects with NotEnoughRoomError having written nothing, or with the
 * browser's error having put back everything it had replaced.
 */
export const applyImport = tracked(
  (document: ExportDocument, now: number = Date.now()): Promise<void> =>
    withBothAreas((access, snapshot) => writeAllOrNothing(access, importWrites(document, snapshot, now), snapshot, now)),
);

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
  // A change sync refused and this page still keeps would otherwise come back after the erase.
  forgetKeptPreferences();
  await flushPreferences();
  await withAreas(['local', 'sync'], async (access) => {
    for (const area of ['local', 'sync'] as const) {
      const keys = Object.keys(await access.read(area));
      if (keys.length > 0) await access.write(area, { remove: keys });
    }
  });
});
