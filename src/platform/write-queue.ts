/** The part of the Web Locks API the queues use (navigator.locks). */
interface SharedLocks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/*
 * Web Locks are shared by everything of one origin: every page of the extension and its worker.
 * Older browsers (and Node, in unit tests) have none; there each page or worker still queues its
 * own writes.
 */
function sharedLocks(): SharedLocks | undefined {
  return (globalThis.navigator as { locks?: SharedLocks } | undefined)?.locks;
}

/**
 * Runs storage tasks one after another, so a read-modify-write can't interleave with another
 * (two alarms or two quick changes in the same tick would otherwise lose one update).
 * With a `lockName`, each task also holds that Web Lock while it runs, so tasks of other pages
 * and of the worker wait too: two popups and a pause window finishing at the same moment each
 * add their journal entry to the day's list, instead of the last write winning.
 * A failed task does not stop the ones after it.
 */
export function createWriteQueue(lockName?: string) {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = () => {
      const locks = lockName === undefined ? undefined : sharedLocks();
      return locks && lockName !== undefined ? locks.request(lockName, task) : task();
    };
    const result = tail.then(run, run);
    tail = result.catch(() => undefined);
    return result;
  };
}
