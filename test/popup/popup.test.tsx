import { fireEvent, render, screen, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { dayListKey } from '../../src/core/day-lists';
import { exercises } from '../../src/core/exercises';
import { PREFERENCE_SNAPSHOT_KEY } from '../../src/core/storage-keys';
import { Popup } from '../../src/popup/popup';
import { seedPreferenceSnapshot } from '../helpers/preference-snapshot';
import { local } from '../helpers/time-zones';
import { settled } from '../helpers/worker';

describe('Popup', () => {
  it('lists every exercise at once, grouped by practice, each with its length', () => {
    render(<Popup />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Kindly');
    const list = within(screen.getByRole('region', { name: 'All exercises' }));
    expect(list.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Be here now',
      'Name what you feel',
      'Let feelings be',
      'Be a good friend to yourself',
      'Trust what matters to you',
    ]);
    expect(list.getAllByRole('button')).toHaveLength(exercises.length);
    expect(list.getByRole('button', { name: /Even breathing/ }).textContent).toMatch(/about \d+ min/);
  });

  it('suggests one exercise for now, and not the one just done', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(local(2026, 11, 23, 15));
    try {
      const { unmount } = render(<Popup />);
      const suggestion = () => within(screen.getByRole('region', { name: 'Suggested for now' })).findByRole('button');
      expect((await suggestion()).textContent).toMatch(/^Cyclic sigh/);
      unmount();
      await fakeBrowser.storage.local.set({ [dayListKey('journal', Date.now())]: [{ exercise: 'cyclic-sigh', at: Date.now() - 60_000, seconds: 60, finished: true }] });
      render(<Popup />);
      expect((await suggestion()).textContent).not.toMatch(/^Cyclic sigh/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('lists the person’s favourites first, once each, in their own group', async () => {
    await fakeBrowser.storage.sync.set({ 'exercises.favourites': ['self-compassion-break', 'box-breathing'] });
    render(<Popup />);
    const list = within(screen.getByRole('region', { name: 'All exercises' }));
    await vi.waitFor(() => expect(list.getAllByRole('heading', { level: 3 })[0]?.textContent).toBe('Your favourites'));
    const groups = list.getAllByRole('list');
    expect(within(groups[0]!).getAllByRole('button').map((button) => button.querySelector('.exercise__title')?.textContent)).toEqual([
      'Box breathing',
      'Self-compassion break',
    ]);
    expect(list.getAllByRole('button', { name: /Box breathing/ })).toHaveLength(1);
    expect(list.getAllByRole('button')).toHaveLength(exercises.length);
  });

  it('hides the exercises the person chose to hide', async () => {
    await fakeBrowser.storage.sync.set({ 'exercises.hidden': ['body-scan'] });
    render(<Popup />);
    const list = within(screen.getByRole('region', { name: 'All exercises' }));
    await vi.waitFor(() => expect(list.getAllByRole('button')).toHaveLength(exercises.length - 1));
    expect(list.queryByRole('button', { name: /Body scan/i })).toBeNull();
  });

  it('lists what the pages’ snapshot says from the very first render, before storage is read', async () => {
    seedPreferenceSnapshot({ 'exercises.hidden': ['body-scan'] });
    await fakeBrowser.storage.sync.set({ 'exercises.hidden': ['body-scan'] });
    render(<Popup />);
    // No await: the first render already leaves the hidden exercise out.
    const list = within(screen.getByRole('region', { name: 'All exercises' }));
    expect(list.getAllByRole('button')).toHaveLength(exercises.length - 1);
    expect(list.queryByRole('button', { name: /Body scan/i })).toBeNull();
  });

  it('runs an exercise in place, and pops it out to the pause window on the same step', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(<Popup />);
    fireEvent.click(screen.getByRole('button', { name: /Even breathing/ }));
    expect(screen.getByRole('progressbar')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Pop out/ }));
    await vi.waitFor(() => expect(close).toHaveBeenCalled());
    expect(send).toHaveBeenCalledWith({ kind: 'start-pause', exercise: 'coherent-breathing', step: 0 });
  });

  it('writes nothing to storage just by being opened', async () => {
    render(<Popup />);
    // It has read the preferences once it refreshed the pages' snapshot; whatever it started
    // writing by then has been written once settled() resolves.
    await vi.waitFor(() => expect(localStorage.getItem(PREFERENCE_SNAPSHOT_KEY)).not.toBeNull());
    await settled();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
