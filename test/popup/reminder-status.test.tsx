import { fakeBrowser } from '@webext-core/fake-browser';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultPreferences } from '../../src/core/preferences';
import { ReminderStatus } from '../../src/popup/reminder-status';
import { local } from '../helpers/time-zones';

const reminders = defaultPreferences.reminders;
const monday = (hours: number, minutes = 0) => local(2026, 11, 23, hours, minutes);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(monday(10, 17));
});
afterEach(() => vi.useRealTimers());

async function showWith(schedule: object, prefs = reminders) {
  await fakeBrowser.storage.local.set({ schedule });
  const { container } = render(<ReminderStatus reminders={prefs} />);
  await screen.findAllByRole('status');
  return container.querySelector('.status') as HTMLElement;
}

describe('ReminderStatus', () => {
  it('says when the next pause is and how long until then', async () => {
    expect((await showWith({ rhythmFrom: monday(9, 40) })).textContent).toMatch(/^Next pause at 10:40\sAM · in 23 min$/);
  });

  it('names another day short, on one line, and the time alone when it is an hour or more away', async () => {
    vi.setSystemTime(monday(17, 30));
    expect((await showWith({ rhythmFrom: monday(17, 30) })).textContent).toBe('Next pause Tue at 10:00\u00a0AM');
  });

  it('says only the time when the next pause is an hour or more away', async () => {
    vi.setSystemTime(monday(10));
    expect((await showWith({ rhythmFrom: monday(10) })).textContent).toBe('Next pause at 11:00\u00a0AM');
  });

  it('offers resume, and no snooze, while paused', async () => {
    expect((await showWith({ rhythmFrom: monday(10), pause: { untilResumed: true } })).textContent).toBe('Reminders are paused until you resume them.');
    expect(screen.queryByRole('group', { name: 'Snooze' })).toBeNull();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Resume reminders' }));
    // A request waits for the page's pending saves first, so it goes a moment later.
    await waitFor(() => expect(send).toHaveBeenCalledWith({ kind: 'resume' }));
  });

  it('keeps the pause choices behind one button, and offers no snooze while no reminder is waiting', async () => {
    await showWith({ rhythmFrom: monday(10) });
    const toggle = screen.getByRole('button', { name: 'Reminders' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Until tomorrow' })).toBeNull();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.queryByRole('group', { name: 'Snooze' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Until tomorrow' }));
    // Choosing closes the choices and brings focus back to the button.
    expect(screen.queryByRole('button', { name: 'Until tomorrow' })).toBeNull();
    expect(document.activeElement).toBe(toggle);
    await waitFor(() => expect(send.mock.calls).toEqual([[{ kind: 'pause-reminders', length: 'tomorrow' }]]));
  });

  it('opens and closes the choices from the keyboard alone, focus coming back to the button', async () => {
    vi.useRealTimers();
    await showWith({ rhythmFrom: Date.now() - 60_000, shownAt: Date.now() - 60_000 });
    const user = userEvent.setup();
    const toggle = screen.getByRole('button', { name: 'Later' });
    toggle.focus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('5 min'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('15 min');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement?.textContent).toBe('Until I resume');
    await user.keyboard('{Escape}');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    await user.keyboard(' ');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    // Tab past the last choice, and they close of themselves.
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('5 min'));
    for (let presses = 0; presses < 6; presses += 1) await user.tab();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('while a reminder is waiting, says so first, with Take it, Not now, and snooze among the choices', async () => {
    const status = await showWith({ rhythmFrom: monday(10, 10), shownAt: monday(10, 10) });
    expect(status.textContent).toBe('A pause is here');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Take it' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.getByRole('group', { name: 'Snooze' }).textContent).toBe('Snooze5 min15 min30 min');
    fireEvent.click(screen.getByRole('button', { name: '15 min' }));
    await waitFor(() => expect(send.mock.calls).toEqual([[{ kind: 'start-pause' }], [{ kind: 'not-now' }], [{ kind: 'snooze', minutes: 15 }]]));
  });

  it('says a pause is here for a reminder that is due and about to ring, too', async () => {
    expect((await showWith({ rhythmFrom: monday(9, 17) })).textContent).toBe('A pause is here');
  });

  it('follows the schedule live as the worker changes it', async () => {
    await showWith({ rhythmFrom: monday(10) });
    await fakeBrowser.storage.local.set({ schedule: { rhythmFrom: monday(10), awaySince: monday(10, 10) } });
    expect(await screen.findByText(/Resting while you're away/)).toBeTruthy();
  });

  it('says plainly when the system blocks notifications', async () => {
    await showWith({ rhythmFrom: monday(10), notificationsBlocked: true });
    expect(screen.getByText(/Your system is blocking Kindly's notifications/)).toBeTruthy();
  });

  it('says when reminders are off, without snooze or pause buttons', async () => {
    expect((await showWith({ rhythmFrom: monday(10) }, { ...reminders, enabled: false })).textContent).toMatch(/turned off/);
    expect(screen.queryAllByRole('button')).toEqual([]);
  });
});
