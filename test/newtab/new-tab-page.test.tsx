import { fireEvent, screen } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { affirmations } from '../../src/core/affirmations';
import { parsePreferences } from '../../src/core/preferences';
import { PREFERENCE_SNAPSHOT_KEY, SCHEDULE_KEY } from '../../src/core/storage-keys';
import { startNewTabPage } from '../../src/newtab/new-tab-page';
import { readPreferenceSnapshot } from '../../src/ui/page-preferences';
import { untilControlsShown } from '../helpers/new-tab';
import { local } from '../helpers/time-zones';

const kindness = affirmations.find((affirmation) => affirmation.category === 'kindness')!;
const own = { id: 'affirmation.abc12345', category: 'own' as const, text: 'I am allowed to rest.' };
let stop: (() => void) | undefined;

function open(snapshot: Record<string, unknown> = {}, affirmation = kindness, openedAt = new Date()) {
  const root = document.createElement('div');
  document.body.append(root);
  stop = startNewTabPage(root, { preferences: parsePreferences(snapshot).preferences, affirmation, openedAt });
  return root;
}

/** The page once its controls have joined the words, in the frame after the first. */
async function openWithControls(...args: Parameters<typeof open>) {
  const root = open(...args);
  await untilControlsShown(root);
  return root;
}

afterEach(() => {
  stop?.();
  stop = undefined;
  document.body.replaceChildren();
  delete document.documentElement.dataset.theme;
  delete document.documentElement.dataset.textSize;
});

describe('new tab page', () => {
  it('shows the greeting and affirmation in the very first render, before any storage read, and the controls a frame later', async () => {
    const root = open({}, kindness, new Date(local(2026, 11, 26, 9)));
    // Synchronously: no await between starting and looking.
    const sentence = screen.getByText(/./, { selector: '.newtab__affirmation' });
    expect(sentence.textContent?.length).toBeGreaterThan(10);
    const greeting = screen.getByText('Good morning');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('A kind thought for this moment');
    // The first frame carries the words alone: as little as it can to lay out and paint.
    expect(root.querySelectorAll('button, a, input, nav')).toHaveLength(0);
    expect(await screen.findByRole('button', { name: 'Take a one-minute pause' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Another thought' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Search the web' })).toBeTruthy();
    // Joined below them: the words shown first are the same elements, in the same order.
    expect(root.querySelector('.newtab__affirmation')).toBe(sentence);
    expect(greeting.nextElementSibling).toBe(sentence);
  });

  it('greets by name and by the time of day', () => {
    open({ 'newTab.greetingName': 'Sam' }, kindness, new Date(local(2026, 11, 26, 19)));
    expect(screen.getByText('Good evening, Sam')).toBeTruthy();
  });

  it('says a plain hello late at night, and no greeting at all when it is turned off', () => {
    open({}, kindness, new Date(local(2026, 11, 26, 2)));
    expect(screen.getByText('Hello')).toBeTruthy();
    stop?.();
    document.body.replaceChildren();
    open({ 'newTab.showGreeting': false }, kindness, new Date(local(2026, 11, 26, 9)));
    expect(screen.queryByText('Good morning')).toBeNull();
  });

  it('shows a person’s own affirmation as written', () => {
    open({}, own);
    expect(screen.getByText('I am allowed to rest.')).toBeTruthy();
  });

  it('in minimal mode shows the affirmation alone', () => {
    const root = open({ 'newTab.mode': 'minimal', 'newTab.showClock': true, 'newTab.greetingName': 'Sam', 'newTab.showSearch': false, 'newTab.showShortcuts': true }, own);
    expect(screen.getByText('I am allowed to rest.')).toBeTruthy();
    expect(root.querySelectorAll('button, a, input, nav, .newtab__greeting, .newtab__clock, .newtab__next-pause')).toHaveLength(0);
  });

  it('in minimal mode keeps the search field the person left on, and nothing else', () => {
    const root = open({ 'newTab.mode': 'minimal' }, own);
    expect(screen.getByRole('searchbox', { name: 'Search the web' })).toBeTruthy();
    expect([...root.querySelectorAll('button, a')].map((control) => control.textContent)).toEqual(['Search']);
  });

  it('shows the clock only when asked', () => {
    const root = open({ 'newTab.showClock': true }, kindness, new Date(local(2026, 11, 26, 14, 5)));
    expect(root.querySelector('.newtab__clock time')?.textContent).toMatch(/2:05|14:05/);
  });

  it('applies settings changed elsewhere, and refreshes the snapshot for the next tab', async () => {
    const root = open({ 'newTab.mode': 'minimal', 'newTab.showSearch': false }, own);
    expect(root.querySelector('button')).toBeNull();
    // Storage says otherwise (the snapshot was stale): the page catches up in place.
    await fakeBrowser.storage.sync.set({ 'appearance.theme': 'dark' });
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(screen.getByRole('button', { name: 'Take a one-minute pause' })).toBeTruthy();
    expect(readPreferenceSnapshot()).toEqual({ 'appearance.theme': 'dark' });
    // The same sentence stays: reconciling never swaps what the person is reading.
    expect(screen.getByText('I am allowed to rest.')).toBeTruthy();
  });

  it('keeps the preference items, own affirmations included, in the snapshot for the next tab', async () => {
    await fakeBrowser.storage.sync.set({ 'newTab.rotation': 'daily', 'reminders.everyMinutes': 45, 'affirmation.abc12345': { text: 'Mine.', order: 1 }, lastPauseAt: 1 });
    open();
    await vi.waitFor(() => expect(localStorage.getItem(PREFERENCE_SNAPSHOT_KEY)).not.toBeNull());
    expect(readPreferenceSnapshot()).toEqual({ 'newTab.rotation': 'daily', 'reminders.everyMinutes': 45, 'affirmation.abc12345': { text: 'Mine.', order: 1 } });
  });

  it('says when the next pause is, in a line that keeps its place while empty', async () => {
    const now = Date.now();
    const allDay = { 'reminders.activeDays': [0, 1, 2, 3, 4, 5, 6], 'reminders.activeFrom': '00:00', 'reminders.activeUntil': '00:00', 'reminders.everyMinutes': 60 };
    const root = await openWithControls(allDay);
    const line = root.querySelector('.newtab__next-pause');
    expect(line).not.toBeNull();
    await fakeBrowser.storage.local.set({ [SCHEDULE_KEY]: { rhythmFrom: now } });
    await vi.waitFor(() => expect(line?.textContent).toMatch(/Next pause/));
    expect(root.querySelector('.newtab__next-pause')).toBe(line);
  });

  it('leaves out the next pause when it is turned off', async () => {
    // In storage too, since the controls arrive as the page catches up with it.
    await fakeBrowser.storage.sync.set({ 'newTab.showNextPause': false });
    const root = await openWithControls({ 'newTab.showNextPause': false });
    expect(screen.getByRole('button', { name: 'Take a one-minute pause' })).toBeTruthy();
    expect(root.querySelector('.newtab__next-pause')).toBeNull();
  });

  it('runs a one-minute breathing pause in place, records it as taken, and comes back', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await openWithControls({}, own);
    fireEvent.click(screen.getByRole('button', { name: 'Take a one-minute pause' }));
    expect(await screen.findByRole('progressbar')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/breathing/i);
    expect(screen.queryByText('I am allowed to rest.')).toBeNull();
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith({ kind: 'pause-opened' }));
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' });
    expect(await screen.findByText('I am allowed to rest.')).toBeTruthy();
    // Keyboard users are back where they started it.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Take a one-minute pause' }));
  });

  it('breathes in the pattern chosen as the default in options', async () => {
    await fakeBrowser.storage.sync.set({ 'exercises.breathingPattern': 'box' });
    open();
    // Once the page has read storage it refreshes the snapshot (which holds only what first paint needs).
    await vi.waitFor(() => expect(localStorage.getItem(PREFERENCE_SNAPSHOT_KEY)).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Take a one-minute pause' }));
    expect((await screen.findByRole('heading', { level: 2 })).textContent).toBe('Box breathing');
  });

  it('updates in place: what stays is the same element, and focus stays on it', async () => {
    const root = await openWithControls({}, own);
    const button = screen.getByRole('button', { name: 'Take a one-minute pause' });
    const sentence = root.querySelector('.newtab__affirmation');
    button.focus();
    await fakeBrowser.storage.sync.set({ 'newTab.showClock': true });
    await vi.waitFor(() => expect(root.querySelector('.newtab__clock')).not.toBeNull());
    expect(root.querySelector('.newtab__affirmation')).toBe(sentence);
    expect(screen.getByRole('button', { name: 'Take a one-minute pause' })).toBe(button);
    expect(document.activeElement).toBe(button);
  });

  it('never takes focus from the address bar, before or after it catches up with storage', async () => {
    open();
    expect(document.activeElement).toBe(document.body);
    await vi.waitFor(() => expect(localStorage.getItem(PREFERENCE_SNAPSHOT_KEY)).not.toBeNull());
    expect(document.activeElement).toBe(document.body);
  });
});
