import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { StorageQuotaError } from '../../src/platform/storage-errors';
import { onItemsChanged, readItems, updateItems, writeItems } from '../../src/platform/storage';

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
