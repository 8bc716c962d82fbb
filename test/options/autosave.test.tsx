import { fakeBrowser } from '@webext-core/fake-browser';
import { act, fireEvent, render, renderHook, screen } from '@testing-library/preact';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Options } from '../../src/options/options';
import { SaveProblemNotice } from '../../src/options/save-problem-notice';
import { useAutosave, type SaveProblem } from '../../src/options/use-autosave';
import { defaultPreferences, type ParsedPreferences } from '../../src/core/preferences';
import { useRealSyncTimings } from '../setup/sync-writes';
import { descriptionOf, section, storedSync, typeInto } from './options-harness';

/*
 * This file is about the page's batching: its sync writer keeps the real quiet time and budget,
 * on one fake clock for the whole file that the tests move forward.
 */
useRealSyncTimings();
beforeAll(() => {
  vi.useFakeTimers({ now: new Date(2026, 2, 2, 10) });
});
afterAll(() => {
  vi.useRealTimers();
});

/** Chromium 156's words when the minute's storage.sync writes are spent. */
const tooManyWrites = () => new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
const savedNote = () => screen.getAllByRole('status').find((status) => status.textContent?.startsWith('Saved'))?.textContent ?? '';

/** The page is hidden (another tab, or closing) while `body` runs, then shown again. */
async function hidePage(body: () => Promise<void>) {
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  try {
    document.dispatchEvent(new Event('visibilitychange'));
    await body();
  } finally {
    delete (document as { visibilityState?: unknown }).visibilityState;
  }
}

async function openOptions() {
  render(<Options />);
  await vi.advanceTimersByTimeAsync(100);
  return section('Reminders').getByLabelText<HTMLInputElement>('Minutes between pauses');
}

describe('Options: saving as you go', () => {
  it('stores a change within a second, after a short quiet moment', async () => {
    const rhythm = await openOptions();
    await typeInto(rhythm, '90');
    await vi.advanceTimersByTimeAsync(100);
    expect((await storedSync())['reminders.everyMinutes']).toBeUndefined();
    await vi.advanceTimersByTimeAsync(900);
    expect((await storedSync())['reminders.everyMinutes']).toBe(90);
  });

  it('turns 50 rapid changes to one field into a few sync writes, ending with the last value', async () => {
    // The writer's own limits over an hour of changes are in test/platform/sync-writer.test.ts;
    // this shows the page saves through it.
    const rhythm = await openOptions();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    for (let change = 1; change <= 50; change++) {
      await typeInto(rhythm, String(15 + change));
      await vi.advanceTimersByTimeAsync(30);
    }
    await vi.advanceTimersByTimeAsync(5_000);
    expect(set.mock.calls.length).toBeGreaterThan(0);
    expect(set.mock.calls.length).toBeLessThanOrEqual(3);
    expect((await storedSync())['reminders.everyMinutes']).toBe(65);
    expect(rhythm.value).toBe('65');
  });

  it('says in plain words when sync storage is full, keeps the change on the page, and saves it later', async () => {
    const rhythm = await openOptions();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    await typeInto(rhythm, '120');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(screen.getByRole('alert').textContent).toMatch(/sync storage is full, so this change isn't saved yet/);
    expect(rhythm.value).toBe('120');
    expect(rhythm.getAttribute('aria-invalid')).toBeNull();
    expect(descriptionOf(rhythm)).toMatch(/Not saved yet — Kindly will try again/);
    expect(screen.getByText(/every 120 minutes/)).toBeTruthy();
    expect((await storedSync())['reminders.everyMinutes']).toBeUndefined();

    // Once there is room again, the next change brings the earlier one with it.
    set.mockRestore();
    fireEvent.click(section('Reminders').getByLabelText('Play the notification sound'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await storedSync()).toMatchObject({ 'reminders.everyMinutes': 120, 'reminders.sound': false });
    expect(screen.getByRole('alert').textContent).toBe('');
    expect(savedNote()).toBe('Saved. Everything you changed is stored now.');
    expect(descriptionOf(rhythm)).not.toMatch(/Not saved/);
  });

  it('saves a change refused for too many writes by itself once the browser allows, and says so', async () => {
    await openOptions();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(tooManyWrites()).mockRejectedValueOnce(tooManyWrites());
    const sound = section('Reminders').getByLabelText<HTMLInputElement>('Play the notification sound');
    fireEvent.click(sound);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(screen.getByRole('alert').textContent).toMatch(/saved many changes in a short time/);
    expect(sound.checked).toBe(false);
    expect(descriptionOf(sound)).toMatch(/Not saved yet — Kindly will try again/);

    // Refused once more about 10 s later; stored on the try after that, with no other change.
    await vi.advanceTimersByTimeAsync(11_000);
    expect(set).toHaveBeenCalledTimes(2);
    expect((await storedSync())['reminders.sound']).toBeUndefined();
    await vi.advanceTimersByTimeAsync(11_000);
    expect((await storedSync())['reminders.sound']).toBe(false);
    expect(screen.getByRole('alert').textContent).toBe('');
    expect(savedNote()).toBe('Saved. Everything you changed is stored now.');
    expect(descriptionOf(sound)).toMatch(/Saved\./);
    expect(descriptionOf(sound)).not.toMatch(/Not saved/);
    expect(sound.checked).toBe(false);

    // "Saved" is about what was refused: the next change goes quietly.
    fireEvent.click(sound);
    expect(savedNote()).toBe('');
    expect(descriptionOf(sound)).not.toMatch(/Saved/);
  });

  it('writes a refused change when the page is hidden, without waiting for the next try', async () => {
    await openOptions();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(tooManyWrites());
    fireEvent.click(section('Reminders').getByLabelText('Play the notification sound'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(screen.getByRole('alert').textContent).not.toBe('');
    await hidePage(async () => {
      // Well before the next try on the timer.
      await vi.advanceTimersByTimeAsync(50);
      expect((await storedSync())['reminders.sound']).toBe(false);
    });
  });

  it('gives way to a newer value from another browser instead of writing the refused one over it', async () => {
    const rhythm = await openOptions();
    const elsewhere = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(tooManyWrites());
    await typeInto(rhythm, '90');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(descriptionOf(rhythm)).toMatch(/Not saved yet/);
    await elsewhere({ 'reminders.everyMinutes': 45 });
    await vi.advanceTimersByTimeAsync(100);
    expect(rhythm.value).toBe('45');
    await vi.advanceTimersByTimeAsync(60_000);
    expect((await storedSync())['reminders.everyMinutes']).toBe(45);
    // Nothing of this page's is waiting, and nothing was saved from here either.
    expect(descriptionOf(rhythm)).not.toMatch(/saved/i);
    expect(screen.getByRole('alert').textContent).toBe('');
    expect(savedNote()).toBe('');
  });

  it('has its own honest words for each kind of storage limit', () => {
    const kinds: SaveProblem[] = ['item-too-large', 'area-full', 'too-many-items', 'too-many-writes', 'other'];
    const texts = kinds.map((problem) => {
      const { container, unmount } = render(<SaveProblemNotice problem={problem} saved={false} />);
      const text = container.textContent ?? '';
      unmount();
      return text;
    });
    expect(new Set(texts).size).toBe(kinds.length);
    for (const text of texts) expect(text).toMatch(/stays on this page/);
  });
});

describe('useAutosave', () => {
  const withEveryMinutes = (everyMinutes: number): ParsedPreferences => ({
    preferences: { ...defaultPreferences, reminders: { ...defaultPreferences.reminders, everyMinutes } },
    invalid: [],
    readOnly: false,
  });

  it('keeps a quick second change when the first one’s echo comes back from storage', async () => {
    const { result, rerender } = renderHook(({ parsed }) => useAutosave(parsed), { initialProps: { parsed: withEveryMinutes(60) } });
    await act(() => result.current.save({ 'reminders.everyMinutes': 90 }));
    await act(() => result.current.save({ 'reminders.everyMinutes': 120 }));
    // Storage reports the first value back while the second is still on its way.
    rerender({ parsed: withEveryMinutes(90) });
    expect(result.current.preferences?.reminders.everyMinutes).toBe(120);
    rerender({ parsed: withEveryMinutes(120) });
    expect(result.current.preferences?.reminders.everyMinutes).toBe(120);
  });

  it('gives way to a change made elsewhere', async () => {
    const { result, rerender } = renderHook(({ parsed }) => useAutosave(parsed), { initialProps: { parsed: withEveryMinutes(60) } });
    await act(() => result.current.save({ 'reminders.everyMinutes': 90 }));
    rerender({ parsed: withEveryMinutes(45) });
    expect(result.current.preferences?.reminders.everyMinutes).toBe(45);
  });
});
