// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWriteQueue } from '../../src/platform/write-queue';

describe('createWriteQueue', () => {
  it('runs tasks one at a time, in the order they came', async () => {
    const enqueue = createWriteQueue();
    const log: string[] = [];
    const task = (name: string, ms: number) => () =>
      new Promise<string>((resolve) => {
        log.push(`start ${name}`);
        setTimeout(() => {
          log.push(`end ${name}`);
          resolve(name);
        }, ms);
      });
    const results = await Promise.all([enqueue(task('a', 20)), enqueue(task('b', 1)), enqueue(task('c', 5))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('keeps going after a task fails, and reports that failure to its caller', async () => {
    const enqueue = createWriteQueue();
    const failed = enqueue(() => Promise.reject(new Error('quota')));
    const next = enqueue(() => Promise.resolve('still runs'));
    await expect(failed).rejects.toThrow('quota');
    await expect(next).resolves.toBe('still runs');
  });

  describe('across pages and the worker (Web Locks)', () => {
    /** A LockManager as the browser's: one holder per name at a time, the others wait in order. */
    function fakeLocks() {
      const tails = new Map<string, Promise<unknown>>();
      return {
        request<T>(name: string, callback: () => Promise<T>): Promise<T> {
          const result = (tails.get(name) ?? Promise.resolve()).then(callback, callback);
          tails.set(name, result.catch(() => undefined));
          return result;
        },
      };
    }

    afterEach(() => vi.unstubAllGlobals());

    /** Three "pages", each with its own queue, append to one stored list at the same moment. */
    async function appendFromThreePages(lockName: string | undefined): Promise<string[]> {
      let stored: string[] = [];
      const pages = ['popup', 'popup 2', 'pause window'].map((name) => ({ name, enqueue: createWriteQueue(lockName) }));
      await Promise.all(
        pages.map(({ name, enqueue }) =>
          enqueue(async () => {
            const read = [...stored];
            await new Promise((resolve) => setTimeout(resolve, 1));
            stored = [...read, name];
          }),
        ),
      );
      return stored;
    }

    it('keeps every page\'s write when the browser has Web Locks', async () => {
      vi.stubGlobal('navigator', { locks: fakeLocks() });
      expect((await appendFromThreePages('kindly-storage-local')).sort()).toEqual(['pause window', 'popup', 'popup 2']);
    });

    it('without a shared lock, queues of different pages interleave (what the lock is for)', async () => {
      vi.stubGlobal('navigator', { locks: fakeLocks() });
      expect(await appendFromThreePages(undefined)).toHaveLength(1);
    });

    it('still queues within one page where the browser has no Web Locks', async () => {
      vi.stubGlobal('navigator', {});
      const enqueue = createWriteQueue('kindly-storage-local');
      let stored: string[] = [];
      await Promise.all(
        ['a', 'b'].map((name) =>
          enqueue(async () => {
            const read = [...stored];
            await new Promise((resolve) => setTimeout(resolve, 1));
            stored = [...read, name];
          }),
        ),
      );
      expect(stored).toEqual(['a', 'b']);
    });
  });
});
