import { fakeBrowser } from '@webext-core/fake-browser';
import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
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
    const added = vi.spyOn(fakeBrowser.storage.onChanged, 'addListener');
    const removed = vi.spyOn(fakeBrowser.storage.onChanged, 'removeListener');
    const { unmount } = render(<Probe />);
    await screen.findByText('every 60');
    const listening = () => {
      const gone = new Set(removed.mock.calls.map(([listener]) => listener));
      return added.mock.calls.filter(([listener]) => !gone.has(listener)).length;
    };
    expect(listening()).toBeGreaterThan(0);
    unmount();
    // Preact runs an effect's clean-up after the frame that removed it.
    await vi.waitFor(() => expect(listening()).toBe(0));
  });
});
