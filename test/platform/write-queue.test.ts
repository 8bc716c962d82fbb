// @vitest-environment node
import { describe, expect, it } from 'vitest';
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
});
