import { createWriteQueue } from '../platform/write-queue';

/**
 * Saves changes through a writer that may send several in one storage write (the sync writer
 * batches what comes within a second), which the browser refuses whole when it would pass a
 * limit — the changes that fit included. So a change refused for room while another was on its
 * way with it is tried once more on its own, one after another in the order they were made:
 * the ones that fit land, and only the ones that don't are refused. A change that was alone is
 * not tried again; its refusal is already the answer.
 */
export function saveAloneWhenRefused<Change>(
  save: (change: Change) => Promise<void>,
  refusedForRoom: (error: unknown) => boolean,
): (change: Change) => Promise<void> {
  const onTheirWay = new Set<{ together: boolean }>();
  const alone = createWriteQueue();
  return async (change) => {
    const flight = { together: onTheirWay.size > 0 };
    for (const other of onTheirWay) other.together = true;
    onTheirWay.add(flight);
    try {
      await save(change);
    } catch (error) {
      if (!flight.together || !refusedForRoom(error)) throw error;
      await alone(() => save(change));
    } finally {
      onTheirWay.delete(flight);
    }
  };
}
