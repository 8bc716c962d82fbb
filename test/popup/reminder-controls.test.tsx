import { fakeBrowser } from '@webext-core/fake-browser';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultPreferences } from '../../src/core/preferences';
import { ReminderControls } from '../../src/popup/reminder-controls';
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
  const { container } = render(<ReminderControls reminders={prefs} />);
  await screen.findAllByRole('status');
  return container.querySelector('.status') as HTMLElement;
}

describe('ReminderControls', () => {
  it('says when the next pause is and how long until then', async () => {
    expect((await showWith({ rhythmFrom: monday(9, 40) })).textContent).toMatch(/^Next pause at 10:40\sAM · in 23 min$/);
  });

  it('names the day when the next pause is not today', async () => {
    vi.setSystemTime(monday(17, 30));
    expect((await showWith({ rhythmFrom: monday(17, 30) })).textContent).toMatch(/^Next pause Tuesday at 10:00\sAM$/);
  });

  it('says when reminders are snoozed, paused, or resting while away', async () => {
    expect((await showWith({ rhythmFrom: monday(10), snoozedUntil: monday(10, 30) })).textContent).toMatch(/Snoozed\. Next pause at 10:30/);
  });

  it('offers resume, and no snooze, while paused', async () => {
    expect((await showWith({ rhythmFrom: monday(10), pause: { untilResumed: true } })).textContent).toBe('Reminders are paused until you resume them.');
    expect(screen.queryByRole('group', { name: 'Snooze' })).toBeNull();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Resume reminders' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith({ kind: 'resume' }));
  });

  it('asks the worker to pause with one click, and offers no snooze while no reminder is waiting', async () => {
    await showWith({ rhythmFrom: monday(10) });
    expect(screen.queryByRole('group', { name: 'Snooze' })).toBeNull();
    expect(screen.queryByRole('button', { name: '15 min' })).toBeNull();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Until tomorrow' }));
    await waitFor(() => expect(send.mock.calls).toEqual([[{ kind: 'pause-reminders', length: 'tomorrow' }]]));
  });

  it('while a reminder is waiting, says so, and offers to take it now or snooze it', async () => {
    const status = await showWith({ rhythmFrom: monday(10, 10), shownAt: monday(10, 10) });
    expect(status.textContent).toBe("A pause is here for you, whenever you're ready.");
    const waiting = screen.getByRole('group', { name: 'Snooze' });
    expect(waiting.textContent).toBe('or snooze it for5 min15 min30 min');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    fireEvent.click(screen.getByRole('button', { name: '15 min' }));
    fireEvent.click(screen.getByRole('button', { name: 'Take it now' }));
    await waitFor(() => expect(send.mock.calls).toEqual([[{ kind: 'snooze', minutes: 15 }], [{ kind: 'start-pause' }]]));
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
