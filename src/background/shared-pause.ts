import { LAST_PAUSE_KEY } from '../core/storage-keys';
import { createSyncWriter } from '../platform/sync-writer';

/*
 * A pause taken here restarts the rhythm in the person's other browsers: one small
 * storage.sync key, written at most once per pause and inside the write budget. Best effort:
 * sync may be off, slow, or another browser may be closed.
 */
const writer = createSyncWriter({ debounceMs: 0, maxWaitMs: 0 });

export async function shareTakenPause(at: number): Promise<void> {
  try {
    await writer.write({ set: { [LAST_PAUSE_KEY]: at } });
  } catch {
    // Sharing is a courtesy to the other browsers; the pause here is already recorded.
  }
}

export function sharedPauseTime(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}
