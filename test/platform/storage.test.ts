import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { StorageQuotaError } from '../../src/platform/storage-errors';
import { onItemsChanged, readItems, updateItems, withAreas, writeItems } from '../../src/platform/storage';

describe('storage', () => {
  it('reads what was written and leaves out keys that are not there', async () => {
    await writeItems('local', { set: { a: 1, b: [2] } });
    expect(await readItems('local')).toEqual({ a: 1, b: [2] });
    expect(await readItems('local', ['a', 'missing'])).toEqual({ a: 1 });
    await writeItems('local', { remove: ['a'] });
    expect(await readItems('local')).toEqual({ b: [2] });
  });

  it('never loses an update when several read-modify-writes start in the same tick', async () => {
    const increment = () =>
      updateItems('local', ['count'], (items) => ({ set: { count: ((items.count as number | undefined) ?? 0) + 1 } }));
    await Promise.all(Array.from({ length: 25 }, increment));
    expect(await readItems('local', ['count'])).toEqual({ count: 25 });
  });

  it('writes nothing when an update decides there is nothing to do', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await updateItems('local', ['x'], () => undefined)).toBeUndefined();
    expect(set).not.toHaveBeenCalled();
  });

  it('calls subscribers for changes to their area only, until unsubscribed', async () => {
    const seen: string[][] = [];
    const controller = new AbortController();
    onItemsChanged('sync', (changes) => seen.push(Object.keys(changes)), controller.signal);
    await writeItems('sync', { set: { a: 1 } });
    await writeItems('local', { set: { b: 1 } });
    controller.abort();
    await writeItems('sync', { set: { c: 1 } });
    expect(seen).toEqual([['a']]);
  });

  it('turns a browser quota error into a StorageQuotaError that names the limit and keys', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const error: unknown = await writeItems('sync', { set: { big: 'x' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageQuotaError);
    expect(error).toMatchObject({ area: 'sync', kind: 'item-too-large', keys: ['big'] });
  });

  it('passes other errors through unchanged', async () => {
    const boom = new Error('something else');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(boom);
    await expect(writeItems('local', { set: { a: 1 } })).rejects.toBe(boom);
  });
});

describe('withAreas', () => {
  it('holds every area it names: writes from elsewhere wait until the task is done', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const running = new Promise<void>((resolve) => (entered = resolve));
    const task = withAreas(['sync', 'local'], async (access) => {
      entered();
      await held;
      await access.write('local', { set: { a: 'task' } });
      await access.write('sync', { set: { b: 'task' } });
    });
    await running;
    const later = [writeItems('local', { set: { a: 'later' } }), writeItems('sync', { set: { b: 'later' } })];
    release();
    await Promise.all([task, ...later]);
    expect(await readItems('local', ['a'])).toEqual({ a: 'later' });
    expect(await readItems('sync', ['b'])).toEqual({ b: 'later' });
  });

  it('refuses an area the task does not hold', async () => {
    await expect(withAreas(['local'], (access) => access.write('sync', { set: { a: 1 } }))).rejects.toThrow('not held');
    expect(await readItems('sync')).toEqual({});
  });
});
