import { fakeBrowser } from '@webext-core/fake-browser';
import { render, screen } from '@testing-library/preact';
import { afterAll, expect, it, vi } from 'vitest';

/*
 * A page's early follow lives as long as its module, that is the page: this test takes fresh
 * modules and leaves fresh ones behind, so no other test file meets the follow it started.
 */
vi.resetModules();
const { followPreferencesEarly, usePreferences } = await import('../../src/ui/use-preferences');
afterAll(() => {
  vi.resetModules();
});

function Probe() {
  const parsed = usePreferences();
  return <p>{parsed ? `every ${parsed.preferences.reminders.everyMinutes}` : 'loading'}</p>;
}

it('takes over what the page followed from before its first render, change included, reading once', async () => {
  await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 30 });
  const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
  const early = followPreferencesEarly();
  // The early read has its answer; this change lands before any component is there.
  await vi.waitFor(() => expect(early.latest).toBeDefined());
  await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 45 });
  render(<Probe />);
  expect(await screen.findByText('every 45')).toBeTruthy();
  // The early read and the one after the change; the component read nothing of its own.
  expect(get.mock.calls.filter(([keys]) => keys === null || keys === undefined)).toHaveLength(2);
});
