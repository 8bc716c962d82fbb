import { fakeBrowser } from '@webext-core/fake-browser';
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { journalEntries } from '../../src/core/reflections/history';
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
    expect(screen.getByRole('button', { name: 'Your pause is in your journal' })).toBeTruthy();
  });

  it('as a test reminder’s pause, says so and records nothing', async () => {
    openAt('/pause.html?test=1');
    render(<PausePage />);
    await advance(0);
    expect(screen.getByText(/This is a test reminder: a reminder's pause looks like this\. Nothing about it is recorded/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Finish now' }));
    await advance(0);
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
    expect(screen.queryByText(/in your journal/)).toBeNull();
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

describe('PausePage: the end is a choice', () => {
  const finish = async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Finish now' }));
    await advance(0);
  };
  const filled = () => [...document.querySelectorAll('button')].filter((button) => !button.className).map((button) => button.textContent);

  it('offers one more minute, another practice or Close, with Close the one filled button', async () => {
    render(<PausePage />);
    await advance(0);
    await finish();
    expect(filled()).toEqual(['Close']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'One more minute' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Another practice' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('one more minute breathes again in this window, and goes into the journal as its own pause', async () => {
    render(<PausePage />);
    await advance(0);
    await finish();
    fireEvent.click(screen.getByRole('button', { name: 'One more minute' }));
    await advance(0);
    expect(runnerTitle()).toBe('Even breathing');
    // From its first line again: the settling line waits for Begin.
    expect(screen.getByRole('button', { name: 'Begin' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
    await finish();
    expect((await journal()).map((entry) => entry.exercise)).toEqual(['coherent-breathing', 'coherent-breathing']);
  });

  it('another practice lists one of each practice but the one just done, and runs the one chosen here', async () => {
    await fakeBrowser.storage.sync.set({ 'exercises.hidden': ['friend-check'] });
    render(<PausePage />);
    await advance(0);
    await finish();
    const toggle = screen.getByRole('button', { name: 'Another practice' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const listed = [...document.querySelectorAll('.pause-next__list button')].map((button) => button.textContent);
    expect(listed).toEqual(['Cyclic sigh', 'Name it', 'Allow it', 'Self-compassion break', 'Values compass']);
    fireEvent.click(screen.getByRole('button', { name: 'Name it' }));
    await advance(0);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Name it');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('Step 1 of 2');
  });
});
