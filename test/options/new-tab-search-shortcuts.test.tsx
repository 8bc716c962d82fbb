import { fireEvent } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installMissingApis } from '../helpers/fake-extension-apis';
import { descriptionOf, expectStored, renderOptions, section, storedSync } from './options-harness';

const newTab = () => section('New tab');
const shortcuts = () => newTab().getByLabelText<HTMLInputElement>('Show shortcuts to the sites you visit most');
let apis: ReturnType<typeof installMissingApis>;

beforeEach(() => {
  apis = installMissingApis();
});

describe('Options: the new tab’s search and shortcuts', { timeout: 15_000 }, () => {
  it('keeps search on by default, and stores it off', async () => {
    await renderOptions();
    const search = newTab().getByLabelText<HTMLInputElement>('Show a search field');
    expect(search.checked).toBe(true);
    expect(descriptionOf(search)).toContain('browser’s own search engine'.replace('’', "'"));
    fireEvent.click(search);
    await expectStored({ 'newTab.showSearch': false });
  });

  it('keeps shortcuts off by default, asking nothing of the browser', async () => {
    await renderOptions();
    expect(shortcuts().checked).toBe(false);
    expect(apis.permissions.requests).toBe(0);
  });

  it('asks for the permission when turned on, and stores on once the browser says yes', async () => {
    await renderOptions();
    fireEvent.click(shortcuts());
    expect(apis.permissions.requests).toBe(1);
    await expectStored({ 'newTab.showShortcuts': true });
    expect(apis.permissions.granted.has('topSites')).toBe(true);
    expect(shortcuts().checked).toBe(true);
  });

  it('stays off, and says why, when the browser says no', async () => {
    apis.permissions.answer = false;
    await renderOptions();
    fireEvent.click(shortcuts());
    await vi.waitFor(() => expect(descriptionOf(shortcuts())).toContain("didn't give the permission"));
    expect(shortcuts().checked).toBe(false);
    expect((await storedSync())['newTab.showShortcuts']).toBeUndefined();
  });

  it('gives the permission back when turned off', async () => {
    apis.permissions.granted.add('topSites');
    await renderOptions();
    fireEvent.click(shortcuts());
    await expectStored({ 'newTab.showShortcuts': true });
    fireEvent.click(shortcuts());
    // Off is the default, which is stored as no item at all.
    await vi.waitFor(async () => expect(await storedSync()).not.toHaveProperty('newTab.showShortcuts'), { timeout: 4_000 });
    await vi.waitFor(() => expect(apis.permissions.granted.has('topSites')).toBe(false));
  });

  it('says so when they are on (from another browser) but this one hasn’t given the permission', async () => {
    const { fakeBrowser } = await import('@webext-core/fake-browser');
    await fakeBrowser.storage.sync.set({ 'newTab.showShortcuts': true });
    await renderOptions();
    await vi.waitFor(() => expect(descriptionOf(shortcuts())).toContain("this browser hasn't given the permission yet"));
  });
});
