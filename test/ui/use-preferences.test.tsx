import { fakeBrowser } from '@webext-core/fake-browser';
import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { followPreferencesEarly } from '../../src/ui/use-preference-items';
import { usePreferences } from '../../src/ui/use-preferences';

function Probe() {
  const parsed = usePreferences();
  return <p>{parsed ? `every ${parsed.preferences.reminders.everyMinutes}` : 'loading'}</p>;
}

describe('usePreferences', () => {
  it('reads stored preferences, then follows every change', async () => {
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 30 });
    render(<Probe />);
    expect(await screen.findByText('every 30')).toBeTruthy();
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 40 });
    expect(await screen.findByText('every 40')).toBeTruthy();
    await fakeBrowser.storage.sync.remove('reminders.everyMinutes');
    expect(await screen.findByText('every 60')).toBeTruthy();
  });

  it('stops listening once the component is gone', async () => {
    const { unmount } = render(<Probe />);
    await screen.findByText('every 60');
    unmount();
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 40 });
    expect(screen.queryByText('every 40')).toBeNull();
  });

  it('takes over what the page followed from before its first render, change included, reading once', async () => {
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 30 });
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    followPreferencesEarly();
    // The early read has its answer; this change lands before any component is there.
    await vi.waitFor(() => expect(get).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 45 });
    render(<Probe />);
    expect(await screen.findByText('every 45')).toBeTruthy();
    expect(get.mock.calls.filter(([keys]) => keys === null || keys === undefined)).toHaveLength(2);
  });
});
