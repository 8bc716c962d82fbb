import { fakeBrowser } from '@webext-core/fake-browser';
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PausePage } from '../../src/pause/pause-page';

/** Moves the page's clock on, letting Preact render what changed. */
async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

const cue = () => document.querySelector('[aria-live="polite"]')?.textContent;
const countdown = () => document.querySelector('.breathing-pacer__count')?.textContent;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('PausePage', () => {
  it('opens with a heading, a warm line, and the first breath in', async () => {
    render(<PausePage />);
    await advance(0);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('A minute for you');
    expect(screen.getByText(/Breathe along with the circle, or at your own pace/)).toBeTruthy();
    expect(cue()).toBe('Breathe in');
    expect(countdown()).toBe('6');
  });

  it('turns from in to out after five and a half seconds', async () => {
    render(<PausePage />);
    await advance(5_400);
    expect(cue()).toBe('Breathe in');
    await advance(300);
    expect(cue()).toBe('Breathe out');
    expect(countdown()).toBe('6');
  });

  it('stops the countdown while paused, and carries on from there on resume', async () => {
    render(<PausePage />);
    await advance(2_100);
    expect(countdown()).toBe('4');
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await advance(20_000);
    expect(countdown()).toBe('4');
    expect(cue()).toBe('Paused');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await advance(1_000);
    expect(countdown()).toBe('3');
    expect(cue()).toBe('Breathe in');
  });

  it('finishing early is welcome: the closing line, with focus on Close', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(<PausePage />);
    await advance(3_000);
    fireEvent.click(screen.getByRole('button', { name: 'Finish now' }));
    await advance(0);
    expect(screen.getByRole('status').textContent).toMatch(/However long it lasted, this pause was yours/);
    const closeButton = screen.getByRole('button', { name: 'Close' });
    expect(document.activeElement).toBe(closeButton);
    fireEvent.click(closeButton);
    expect(close).toHaveBeenCalledOnce();
  });

  it('ends by itself after the last breath of the minute', async () => {
    render(<PausePage />);
    await advance(54_800);
    expect(screen.queryByRole('status')).toBeNull();
    await advance(400);
    expect(screen.getByRole('status').textContent).toMatch(/Thank you/);
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
  });

  it('closes the window with Esc, mid-breath or at the end', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(<PausePage />);
    await advance(1_000);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Pause' }), { key: 'Escape' });
    expect(close).toHaveBeenCalledOnce();
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(close).toHaveBeenCalledOnce();
  });

  it('keeps the circle still when the person chose less motion in Preferences', async () => {
    await fakeBrowser.storage.sync.set({ 'exercises.motion': 'reduce' });
    render(<PausePage />);
    await advance(0);
    const circle = document.querySelector<HTMLElement>('.breathing-pacer__circle');
    expect(document.querySelector('.breathing-pacer--still')).toBeTruthy();
    expect(circle?.style.transform).toBe('');
  });

  it('stops its timer once closed', async () => {
    const { unmount } = render(<PausePage />);
    await advance(1_000);
    unmount();
    // Preact's own one-off timers settle; nothing keeps ticking.
    await advance(1_000);
    expect(vi.getTimerCount()).toBe(0);
  });
});
