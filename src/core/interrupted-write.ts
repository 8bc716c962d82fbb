import * as v from 'valibot';
import type { StoredItems } from './preference-migrations';
import type { ItemWrite } from './preferences-area';

/*
 * A change to both areas (an import, a move between areas) lands whole or not at all. Before its
 * first write, what it will replace is kept in storage.local (INTERRUPTED_WRITE_KEY); once every
 * write has landed the record goes. If a write fails, the record puts everything back; if the
 * page closes halfway, the next import, move or export puts it back before reading anything.
 */
export type WriteArea = 'local' | 'sync';
export const writeAreas: readonly WriteArea[] = ['local', 'sync'];
export type AreaWrites = Partial<Record<WriteArea, ItemWrite>>;

export interface UndoRecord {
  startedAt: number;
  /** Per area: the values to put back, and the keys that weren't there before. */
  restore: Partial<Record<WriteArea, ItemWrite>>;
}

const itemWriteSchema = v.object({ set: v.record(v.string(), v.unknown()), remove: v.array(v.string()) });
const undoRecordSchema = v.object({
  startedAt: v.number(),
  restore: v.object({ local: v.optional(itemWriteSchema), sync: v.optional(itemWriteSchema) }),
});

/** Whether a write changes anything. */
export const writes = (write: ItemWrite | undefined): write is ItemWrite =>
  write !== undefined && (Object.keys(write.set).length > 0 || write.remove.length > 0);

/** What puts each area back as it was in `before`, for the keys `planned` touches. */
export function undoRecordFor(planned: AreaWrites, before: Record<WriteArea, StoredItems>, now: number): UndoRecord {
  const restore: UndoRecord['restore'] = {};
  for (const area of writeAreas) {
    const write = planned[area];
    if (!writes(write)) continue;
    const touched = [...new Set([...Object.keys(write.set), ...write.remove])];
    const items = before[area];
    restore[area] = {
      set: Object.fromEntries(touched.filter((key) => key in items).map((key) => [key, items[key]])),
      remove: touched.filter((key) => !(key in items)),
    };
  }
  return { startedAt: now, restore };
}

/** The stored record, if it is one (anything else under the key is left alone, not acted on). */
export function readUndoRecord(stored: unknown): UndoRecord | undefined {
  const result = v.safeParse(undoRecordSchema, stored);
  if (!result.success) return undefined;
  const restore: UndoRecord['restore'] = {};
  for (const area of writeAreas) {
    const write = result.output.restore[area];
    if (write) restore[area] = { set: write.set, remove: write.remove };
  }
  return { startedAt: result.output.startedAt, restore };
}
