import { fakeBrowser } from '@webext-core/fake-browser';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/core/preference-migrations';
import { WelcomePage } from '../../src/welcome/welcome-page';

const synced = () => fakeBrowser.storage.sync.get(null);

async function renderWelcome() {
  render(<WelcomePage />);
  await screen.findByRole('heading', { name: 'When would you like a pause?' });
}

/** Waits for the save to reach storage.sync. */
const expectSynced = (expected: Record<string, unknown>) =>
  vi.waitFor(async () => expect(await synced()).toMatchObject(expected), { timeout: 3_000, interval: 50 });

describe('the welcome page', () => {
  it('says what Kindly does, keeps the privacy promise, links to the self-compassion page, and stores nothing by opening', async () => {
    await renderWelcome();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Kindly');
    expect(screen.getByText(/small, kind pauses in your day/)).toBeTruthy();
    expect(screen.getByText(/makes no network requests and has no analytics/)).toBeTruthy();
    expect(screen.getByRole('link', { name: "What self-compassion is — and isn't" }).getAttribute('href')).toBe('self-compassion.html');
    // Saves are written in order: one made now lands after anything the page wrote on opening.
    await act(() => {
      fireEvent.input(screen.getByLabelText('Your name (optional)'), { target: { value: 'Alex' } });
    });
    await expectSynced({ 'newTab.greetingName': 'Alex' });
    expect(await synced()).toEqual({ 'newTab.greetingName': 'Alex', schemaVersion: CURRENT_SCHEMA_VERSION });
  });

  it('shows settings that already arrived through sync', async () => {
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 90, 'newTab.greetingName': 'Sam' });
    await renderWelcome();
    expect(screen.getByLabelText<HTMLSelectElement>('A pause every').value).toBe('90');
    expect(screen.getByLabelText<HTMLInputElement>('Your name (optional)').value).toBe('Sam');
  });

  it('saves rhythm, hours, days, name and values as they are chosen', async () => {
    await renderWelcome();
    fireEvent.change(screen.getByLabelText('A pause every'), { target: { value: '30' } });
    await act(() => {
      fireEvent.input(screen.getByLabelText('From'), { target: { value: '08:30' } });
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Monday' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    await act(() => {
      fireEvent.input(screen.getByLabelText('Your name (optional)'), { target: { value: 'Alex' } });
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kindness' }));
    await act(() => {
      fireEvent.input(screen.getByLabelText('A value in your own words'), { target: { value: 'Being there for my sister' } });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await expectSynced({
      'reminders.everyMinutes': 30,
      'reminders.activeFrom': '08:30',
      'reminders.activeDays': [2, 3, 4, 5, 6],
      'newTab.greetingName': 'Alex',
      'values.chosen': ['kindness', 'Being there for my sister'],
    });
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Being there for my sister' }).checked).toBe(true);
  });

  it('marks an empty time and keeps the earlier one stored', async () => {
    await fakeBrowser.storage.sync.set({ 'reminders.activeUntil': '17:00' });
    await renderWelcome();
    const until = screen.getByLabelText('Until');
    await act(() => {
      fireEvent.input(until, { target: { value: '' } });
    });
    expect(until.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Choose a time, such as 9:00 AM/)).toBeTruthy();
    // A valid change after it is written after anything the empty time would have written.
    fireEvent.change(screen.getByLabelText('A pause every'), { target: { value: '30' } });
    await expectSynced({ 'reminders.everyMinutes': 30 });
    expect(await synced()).toEqual({ 'reminders.activeUntil': '17:00', 'reminders.everyMinutes': 30, schemaVersion: CURRENT_SCHEMA_VERSION });
  });

  it('keeps a choice the browser refused for now, saves it by itself, and says so', async () => {
    await renderWelcome();
    vi.useFakeTimers();
    try {
      vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'));
      fireEvent.change(screen.getByLabelText('A pause every'), { target: { value: '30' } });
      await vi.advanceTimersByTimeAsync(100);
      expect(screen.getByText(/can't take your latest choice just now, so it isn't saved yet/)).toBeTruthy();
      expect(screen.getByLabelText<HTMLSelectElement>('A pause every').value).toBe('30');
      await vi.advanceTimersByTimeAsync(10_000);
      expect((await synced())['reminders.everyMinutes']).toBe(30);
      expect(screen.getByText('Saved. Your choices are stored now.')).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('kindly refuses a sixth value', async () => {
    await fakeBrowser.storage.sync.set({ 'values.chosen': ['kindness', 'rest', 'play', 'calm', 'nature'] });
    await renderWelcome();
    const sixth = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Courage' });
    fireEvent.click(sixth);
    expect(sixth.checked).toBe(false);
    expect(screen.getByText(/That's five, the most there's room for/)).toBeTruthy();
  });

  it('offers a test reminder through the worker', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await renderWelcome();
    fireEvent.click(screen.getByRole('button', { name: 'Try a test reminder' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith({ kind: 'test-reminder' }));
  });

  it('"Skip" closes the tab and stores nothing', async () => {
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue({ id: 7 } as never);
    const remove = vi.spyOn(fakeBrowser.tabs, 'remove').mockResolvedValue(undefined);
    await renderWelcome();
    fireEvent.click(screen.getByRole('button', { name: 'Skip — the defaults are good' }));
    await waitFor(() => expect(remove).toHaveBeenCalledWith(7));
    expect(await synced()).toEqual({});
  });

  it('"Done" writes the last choice before closing, with window.close where there is no tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined);
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    await renderWelcome();
    await act(() => {
      fireEvent.input(screen.getByLabelText('Your name (optional)'), { target: { value: 'Robin' } });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(await synced()).toMatchObject({ 'newTab.greetingName': 'Robin' });
  });
});
