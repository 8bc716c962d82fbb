import { fakeBrowser } from '@webext-core/fake-browser';
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { descriptionOf, expectStored, renderOptions, section, storedSync, typeInto } from './options-harness';

describe('Options: reminders', () => {
  it('stores a valid rhythm as it is typed', async () => {
    await renderOptions();
    await typeInto(section('Reminders').getByLabelText('Minutes between pauses'), '90');
    await expectStored({ 'reminders.everyMinutes': 90 });
    expect(section('Reminders').getByText(/every 90 minutes/)).toBeTruthy();
  });

  it('marks a rhythm out of range, keeps what was typed, and stores nothing of it', async () => {
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 45 });
    await renderOptions();
    const rhythm = section('Reminders').getByLabelText<HTMLInputElement>('Minutes between pauses');
    await vi.waitFor(() => expect(rhythm.value).toBe('45'));
    await typeInto(rhythm, '500');
    expect(rhythm.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(rhythm)).toContain('Choose a whole number from 10 to 180.');
    expect(rhythm.value).toBe('500');
    // A later valid change elsewhere is stored; the invalid one never is.
    fireEvent.click(section('Reminders').getByLabelText('Play the notification sound'));
    await expectStored({ 'reminders.sound': false });
    expect((await storedSync())['reminders.everyMinutes']).toBe(45);
    expect(rhythm.value).toBe('500');
  });

  it('marks a natural-break length of 0 and an empty time', async () => {
    await renderOptions();
    const length = section('Reminders').getByLabelText('Minutes away that count as a natural break');
    await typeInto(length, '0');
    expect(length.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(length)).toContain('from 1 to 60');
    const from = section('Reminders').getByLabelText('Reminders from');
    await typeInto(from, '');
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(from)).toContain('Choose a time, such as 09:00.');
    await typeInto(length, '10');
    expect(length.getAttribute('aria-invalid')).toBeNull();
    await expectStored({ 'reminders.naturalBreakMinutes': 10 });
    expect((await storedSync())['reminders.activeFrom']).toBeUndefined();
  });

  it('says so when the active hours cross midnight', async () => {
    await renderOptions();
    const until = section('Reminders').getByLabelText('Reminders until');
    await typeInto(section('Reminders').getByLabelText('Reminders from'), '22:00');
    await typeInto(until, '06:00');
    await expectStored({ 'reminders.activeFrom': '22:00', 'reminders.activeUntil': '06:00' });
    expect(descriptionOf(until)).toMatch(/crosses midnight: pauses can come from 10:00\s?PM until 6:00\s?AM the next morning/);
  });

  it('lists the days Monday first, by name, and stores the chosen ones', async () => {
    await renderOptions();
    const days = section('Reminders').getByRole('group', { name: 'On these days' });
    const boxes = [...days.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes.map((box) => box.labels?.[0]?.textContent)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(boxes.map((box) => box.checked)).toEqual([true, true, true, true, true, false, false]);
    fireEvent.click(section('Reminders').getByLabelText('Sunday'));
    fireEvent.click(section('Reminders').getByLabelText('Monday'));
    await expectStored({ 'reminders.activeDays': [0, 2, 3, 4, 5] });
  });

  it('stores the style and the wait-while choices', async () => {
    await renderOptions();
    const style = section('Reminders').getByRole('radio', { name: 'Pause window' });
    expect(descriptionOf(style)).toContain('small Kindly window');
    fireEvent.click(style);
    fireEvent.click(section('Reminders').getByLabelText('While a tab is playing sound'));
    fireEvent.click(section('Reminders').getByLabelText(/While a window is fullscreen/));
    await expectStored({ 'reminders.style': 'window', 'reminders.waitDuringAudio': true, 'reminders.waitDuringFullscreen': false });
    expect(section('Reminders').getByRole<HTMLInputElement>('radio', { name: 'Pause window' }).checked).toBe(true);
  });

  it('resets only this section, and can bring the choices back', async () => {
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 30, 'reminders.enabled': false, 'appearance.theme': 'dark', schemaVersion: 1 });
    await renderOptions();
    const rhythm = section('Reminders').getByLabelText<HTMLInputElement>('Minutes between pauses');
    await vi.waitFor(() => expect(rhythm.value).toBe('30'));
    await typeInto(rhythm, '7');
    fireEvent.click(section('Reminders').getByRole('button', { name: 'Reset this section' }));
    await vi.waitFor(async () => expect(Object.keys(await storedSync()).filter((key) => key.startsWith('reminders.'))).toEqual([]));
    expect((await storedSync())['appearance.theme']).toBe('dark');
    const fresh = section('Reminders').getByLabelText<HTMLInputElement>('Minutes between pauses');
    expect(fresh.value).toBe('60');
    expect(fresh.getAttribute('aria-invalid')).toBeNull();
    expect(section('Reminders').getByRole<HTMLInputElement>('checkbox', { name: 'Remind me to take mindful pauses' }).checked).toBe(true);

    fireEvent.click(section('Reminders').getByRole('button', { name: 'Bring my choices back' }));
    await expectStored({ 'reminders.everyMinutes': 30, 'reminders.enabled': false });
    expect(screen.queryByRole('button', { name: 'Bring my choices back' })).toBeNull();
  });

  it('sends a test reminder, and says plainly when the system blocks notifications', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await renderOptions();
    fireEvent.click(section('Reminders').getByRole('button', { name: 'Send a test reminder' }));
    expect(await section('Reminders').findByText(/This is how a reminder will look/)).toBeTruthy();
    expect(send).toHaveBeenCalledWith({ kind: 'test-reminder' });
    expect(section('Reminders').queryByText(/blocking Kindly's notifications/)).toBeNull();
    // The worker notes a blocked notification in the schedule it keeps.
    await fakeBrowser.storage.local.set({ schedule: { rhythmFrom: Date.now(), notificationsBlocked: true } });
    expect(await section('Reminders').findByText(/blocking Kindly's notifications/)).toBeTruthy();
  });

  it('says what snooze and pause do, as they behave', async () => {
    await renderOptions();
    expect(section('Reminders').getByText(/a snooze only ever postpones it/)).toBeTruthy();
  });

  it('mentions, in plain words, a reminder schedule the worker couldn’t save, until it can again', async () => {
    await fakeBrowser.storage.session.set({ reminderProblem: { at: new Date(2026, 11, 1, 10, 40).getTime(), kind: 'area-full' } });
    await renderOptions();
    expect(await section('Reminders').findByText(/At 10:40\sAM, Kindly couldn't save its reminder schedule, because this device's storage is full\. Reminders carry on/)).toBeTruthy();
    await fakeBrowser.storage.session.remove('reminderProblem');
    await vi.waitFor(() => expect(section('Reminders').queryByText(/couldn't save its reminder schedule/)).toBeNull());
  });

  it('where the browser can’t choose the sound or know that notifications are off (Firefox), says so instead of offering a switch', async () => {
    const notifications = fakeBrowser.notifications as { getPermissionLevel?: unknown };
    delete notifications.getPermissionLevel;
    await renderOptions();
    expect(section('Reminders').queryByLabelText('Play the notification sound')).toBeNull();
    expect(section('Reminders').getByText(/your system's notification settings decide whether reminders make a sound/)).toBeTruthy();
    expect(section('Reminders').getByText(/doesn't tell add-ons whether notifications are turned off/)).toBeTruthy();
  });
});
