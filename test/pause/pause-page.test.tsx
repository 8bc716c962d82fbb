import { fakeBrowser } from '@webext-core/fake-browser';
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { journalEntries } from '../../src/core/journal';
import { PausePage } from '../../src/pause/pause-page';
import { seedPreferenceSnapshot } from '../helpers/preference-snapshot';

/** Moves the page's clock on, letting Preact render what changed. */
async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

function openAt(url: string) {
  window.history.replaceState(null, '', url);
}

const runnerTitle = () => screen.getByRole('heading', { level: 2 }).textContent;
const journal = async () => journalEntries(await fakeBrowser.storage.local.get(null));

beforeEach(() => {
  vi.useFakeTimers();
  openAt('/pause.html');
});
afterEach(() => {
  vi.useRealTimers();
  openAt('/');
});

describe('PausePage: a reminder’s pause', () => {
  it('opens with its heading and a minute of breathing in the default pattern, at once from the pages’ snapshot', () => {
    seedPreferenceSnapshot({ 'exercises.breathingPattern': 'box' });
    render(<PausePage />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('A minute for you');
    expect(runnerTitle()).toBe('Box breathing');
  });

  it('without a snapshot, waits for the preferences, then breathes in their pattern', async () => {
    await fakeBrowser.storage.sync.set({ 'exercises.breathingPattern': 'cyclic-sigh' });
    render(<PausePage />);
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
    await advance(0);
    expect(runnerTitle()).toBe('Cyclic sigh');
  });

  it('is a pause like any other: it goes into the journal when it ends, early or not', async () => {
    render(<PausePage />);
    await advance(0);
    expect(runnerTitle()).toBe('Even breathing');
    await advance(3_000);
    fireEvent.click(screen.getByRole('button', { name: 'Finish now' }));
    await advance(0);
    expect(await journal()).toEqual([expect.objectContaining({ exercise: 'coherent-breathing', finished: false })]);
    expect(screen.getByText('Noted in your journal, on this device only.')).toBeTruthy();
  });

  it('as a test reminder’s pause, says so and records nothing', async () => {
    openAt('/pause.html?test=1');
    render(<PausePage />);
    await advance(0);
    expect(screen.getByText(/This is a test reminder: a reminder's pause looks like this\. Nothing about it is recorded/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Finish now' }));
    await advance(0);
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
    expect(screen.queryByText('Noted in your journal, on this device only.')).toBeNull();
    expect(await journal()).toEqual([]);
  });

  it('closes the window with Esc, mid-breath or at the end', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(<PausePage />);
    await advance(1_000);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(close).toHaveBeenCalledOnce();
  });

  it('keeps the circle still when the person chose less motion in Preferences', async () => {
    await fakeBrowser.storage.sync.set({ 'exercises.motion': 'reduce' });
    render(<PausePage />);
    await advance(0);
    expect(document.querySelector('.runner--still')).toBeTruthy();
  });

  it('stops its timers once closed', async () => {
    const { unmount } = render(<PausePage />);
    await advance(1_000);
    unmount();
    // Preact's own one-off timers settle; nothing keeps ticking.
    await advance(1_000);
    expect(vi.getTimerCount()).toBe(0);
  });
});
