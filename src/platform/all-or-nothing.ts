import { readUndoRecord, undoRecordFor, writeAreas, writes, type AreaWrites, type UndoRecord, type WriteArea } from '../core/interrupted-write';
import type { ItemWrite } from '../core/preferences-area';
import { roomProblem, syncLimits, type AreaLimits } from '../core/storage-room';
import { INTERRUPTED_WRITE_KEY } from '../core/storage-keys';
import { NotEnoughRoomError } from './storage-errors';
import { localQuotaBytes, type AreaAccess, type Items } from './storage';

/*
 * Writing to both areas whole or not at all (see core/interrupted-write.ts): the room is checked
 * first, what will be replaced is kept, and a failure puts it back. Runs inside withAreas, so no
 * other page or the worker writes in between.
 */

function limitsOf(area: WriteArea): AreaLimits {
  if (area === 'sync') return syncLimits;
  const quota = localQuotaBytes();
  return quota === undefined ? {} : { totalBytes: quota };
}

const withRecord = (write: ItemWrite | undefined, record: UndoRecord): ItemWrite => ({
  set: { ...write?.set, [INTERRUPTED_WRITE_KEY]: record },
  remove: write?.remove ?? [],
});

/** Why `planned` wouldn't fit, as the error the write would end with; nothing is written. */
export async function roomRefusal(access: AreaAccess, planned: AreaWrites, before: Record<WriteArea, Items>, now: number): Promise<NotEnoughRoomError | undefined> {
  const record = undoRecordFor(planned, before, now);
  for (const area of writeAreas) {
    // This device also keeps the record of what is replaced, until the change has landed.
    const write = area === 'local' ? withRecord(planned.local, record) : planned[area];
    if (!writes(write)) continue;
    const problem = roomProblem(before[area], write, limitsOf(area), await access.bytesInUse(area));
    if (!problem) continue;
    if (problem.kind === 'area-full') return new NotEnoughRoomError(area, 'area-full', { neededBytes: problem.neededBytes, freeBytes: problem.freeBytes });
    return new NotEnoughRoomError(area, problem.kind, undefined, problem.kind === 'item-too-large' ? problem.keys : []);
  }
  return undefined;
}

/** Putting back matters more than anything else: a write that fails is tried once more. */
const writeOrRetry = (access: AreaAccess, area: WriteArea, write: ItemWrite) => access.write(area, write).catch(() => access.write(area, write));

async function putBack(access: AreaAccess, record: UndoRecord): Promise<void> {
  for (const area of writeAreas) {
    const write = record.restore[area];
    if (writes(write)) await writeOrRetry(access, area, write);
  }
  await writeOrRetry(access, 'local', { set: {}, remove: [INTERRUPTED_WRITE_KEY] });
}

/** Puts back what a change that never finished (the page closed halfway) had replaced. */
export async function putBackInterruptedWrite(access: AreaAccess): Promise<void> {
  const stored = (await access.read('local', [INTERRUPTED_WRITE_KEY]))[INTERRUPTED_WRITE_KEY];
  const record = readUndoRecord(stored);
  if (record) await putBack(access, record);
}

/**
 * Writes `planned` (this device first, then sync) against `before`, what the areas held when
 * it was planned. Rejects with NotEnoughRoomError having written nothing, or with the browser's
 * error having put everything back (or, if even that fails, left the record for the next time).
 */
export async function writeAllOrNothing(access: AreaAccess, planned: AreaWrites, before: Record<WriteArea, Items>, now: number): Promise<void> {
  const areas = writeAreas.filter((area) => writes(planned[area]));
  if (areas.length === 0) return;
  const refusal = await roomRefusal(access, planned, before, now);
  if (refusal) throw refusal;
  const record = undoRecordFor(planned, before, now);
  await access.write('local', { set: { [INTERRUPTED_WRITE_KEY]: record } });
  try {
    for (const area of areas) await access.write(area, planned[area] as ItemWrite);
    await access.write('local', { remove: [INTERRUPTED_WRITE_KEY] });
  } catch (error) {
    await putBack(access, record).catch(() => undefined);
    throw error;
  }
}
