/**
 * Runs storage tasks one after another, so a read-modify-write can't interleave with another
 * (two alarms or two quick changes in the same tick would otherwise lose one update).
 * A failed task does not stop the ones after it.
 */
export function createWriteQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = tail.then(task, task);
    tail = result.catch(() => undefined);
    return result;
  };
}
