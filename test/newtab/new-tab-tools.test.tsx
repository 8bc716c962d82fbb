import { fireEvent, screen } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { affirmations } from '../../src/core/affirmations';
import { parsePreferences } from '../../src/core/preferences';
import { PREFERENCE_SNAPSHOT_KEY, ROTATION_KEY } from '../../src/core/storage-keys';
import { startNewTabPage } from '../../src/newtab/new-tab-page';
import { installMissingApis } from '../helpers/fake-extension-apis';
import { untilControlsShown } from '../helpers/new-tab';

const kindness = affirmations.find((affirmation) => affirmation.category === 'kindness')!;
let stop: (() => void) | undefined;
let apis: ReturnType<typeof installMissingApis>;

/** The new tab with these preferences, as both its snapshot and storage have them. */
async function open(preferences: Record<string, unknown> = {}) {
  await fakeBrowser.storage.sync.set(preferences);
  localStorage.setItem(PREFERENCE_SNAPSHOT_KEY, JSON.stringify(preferences));
  const root = document.createElement('div');
  document.body.append(root);
  stop = startNewTabPage(root, { preferences: parsePreferences(preferences).preferences, affirmation: kindness, openedAt: new Date() });
  await untilControlsShown(root);
  return root;
}

const sentence = () => document.querySelector('.newtab__affirmation')?.textContent;
const searchBox = () => screen.getByRole('searchbox', { name: 'Search the web' });

beforeEach(() => {
  apis = installMissingApis();
});

afterEach(() => {
  stop?.();
  stop = undefined;
  document.body.replaceChildren();
});

describe('the new tab’s search field', () => {
  it('hands the words to the browser’s search, in this tab on Enter', async () => {
    await open();
    fireEvent.input(searchBox(), { target: { value: '  gentle stretches  ' } });
    fireEvent.submit(searchBox().closest('form')!);
    await vi.waitFor(() => expect(apis.searches).toEqual([{ text: 'gentle stretches', disposition: 'CURRENT_TAB' }]));
  });

  it.each([['altKey'], ['ctrlKey'], ['metaKey']])('opens the results in a new tab with Enter and %s, and clears the field', async (modifier) => {
    await open();
    fireEvent.input(searchBox(), { target: { value: 'tea' } });
    fireEvent.keyDown(searchBox(), { key: 'Enter', [modifier]: true });
    await vi.waitFor(() => expect(apis.searches).toEqual([{ text: 'tea', disposition: 'NEW_TAB' }]));
    expect((searchBox() as HTMLInputElement).value).toBe('');
  });

  it('searches nothing for an empty field', async () => {
    await open();
    fireEvent.input(searchBox(), { target: { value: '   ' } });
    fireEvent.submit(searchBox().closest('form')!);
    fireEvent.keyDown(searchBox(), { key: 'Enter', altKey: true });
    expect(apis.searches).toEqual([]);
  });

  it('says so in plain words when the browser refuses, and keeps the words', async () => {
    vi.spyOn(fakeBrowser.search, 'query').mockRejectedValue(new Error('no'));
    await open();
    fireEvent.input(searchBox(), { target: { value: 'tea' } });
    fireEvent.submit(searchBox().closest('form')!);
    expect((await screen.findByRole('status')).textContent).toMatch(/didn't search just now/);
    expect((searchBox() as HTMLInputElement).value).toBe('tea');
  });

  it('can be hidden', async () => {
    await open({ 'newTab.showSearch': false });
    expect(screen.queryByRole('searchbox')).toBeNull();
  });
});

describe('another thought and the settings link', () => {
  it('brings the next sentence of the rotation in place, keeping focus on the button', async () => {
    await open();
    const first = sentence();
    const button = screen.getByRole('button', { name: 'Another thought' });
    button.focus();
    const seen = new Set([first]);
    for (let press = 0; press < 5; press++) {
      const before = sentence();
      fireEvent.click(button);
      expect(sentence()).not.toBe(before);
      seen.add(sentence());
    }
    expect(seen.size).toBeGreaterThan(2);
    expect(document.activeElement).toBe(button);
    // The rotation moved on: the next tab carries on from the last one shown.
    const stored = JSON.parse(localStorage.getItem(ROTATION_KEY) ?? '{}') as { shown?: string[] };
    expect(stored.shown?.at(-1)).toBe(affirmations.find(({ id }) => fakeBrowser.i18n.getMessage(id) === sentence())?.id);
  });

  it('links to the new tab’s own section of the preferences', async () => {
    await open();
    expect(screen.getByRole('link', { name: 'New tab settings' }).getAttribute('href')).toBe('options.html#newTab-heading');
  });
});

describe('the new tab’s shortcuts', () => {
  it('are off by default: no row, and nothing asked of the browser', async () => {
    const root = await open();
    await vi.waitFor(() => expect(localStorage.getItem(PREFERENCE_SNAPSHOT_KEY)).not.toBeNull());
    expect(root.querySelector('.newtab__shortcuts')).toBeNull();
    expect(apis.permissions.requests).toBe(0);
  });

  it('show the most-visited sites as letter tiles where this browser allows it', async () => {
    apis.permissions.granted.add('topSites');
    apis.topSites.sites = [
      { url: 'https://www.example.org/', title: 'Example' },
      { url: 'chrome://settings/', title: 'Settings' },
      { url: 'https://news.example.net/today', title: '' },
    ];
    await open({ 'newTab.showShortcuts': true });
    const nav = await screen.findByRole('navigation', { name: 'Shortcuts' });
    await vi.waitFor(() => expect(nav.querySelectorAll('a')).toHaveLength(2));
    const links = [...nav.querySelectorAll('a')].map((link) => [link.getAttribute('href'), link.textContent]);
    expect(links).toEqual([
      ['https://www.example.org/', 'EExample'],
      ['https://news.example.net/today', 'Nnews.example.net'],
    ]);
  });

  it('offer to ask this browser when they were turned on in another, and show the tiles on yes', async () => {
    apis.topSites.sites = [{ url: 'https://example.org/', title: 'Example' }];
    await open({ 'newTab.showShortcuts': true });
    fireEvent.click(await screen.findByRole('button', { name: /most-visited sites in this browser too/ }));
    expect(apis.permissions.requests).toBe(1);
    expect(await screen.findByRole('link', { name: /Example/ })).toBeTruthy();
  });

  it('say where the sites will be when the browser has none yet', async () => {
    apis.permissions.granted.add('topSites');
    await open({ 'newTab.showShortcuts': true });
    expect(await screen.findByText('Sites you visit often will show here.')).toBeTruthy();
  });

  it('give the permission back when they are turned off, here or in another browser', async () => {
    apis.permissions.granted.add('topSites');
    await open({ 'newTab.showShortcuts': true });
    await screen.findByRole('navigation', { name: 'Shortcuts' });
    await fakeBrowser.storage.sync.set({ 'newTab.showShortcuts': false });
    await vi.waitFor(() => expect(apis.permissions.granted.has('topSites')).toBe(false));
    expect(screen.queryByRole('navigation', { name: 'Shortcuts' })).toBeNull();
  });
});
