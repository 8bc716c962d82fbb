import { fakeBrowser } from '@webext-core/fake-browser';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/core/preference-migrations';
import { WelcomePage } from '../../src/welcome/welcome-page';

const synced = () => fakeBrowser.storage.sync.get(null);

/** Opens the page and its Customize part, where the choices are. */
async function renderWelcome() {
  render(<WelcomePage />);
  fireEvent.click(screen.getByRole('button', { name: 'Customize', expanded: false }));
  await screen.findByRole('heading', { name: 'When would you like a pause?' });
}

const skipButtons = () => screen.getAllByRole('button', { name: 'Skip — the defaults are good' });

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

  it('says a test reminder is on its way once the worker has it, with the choice just made', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await renderWelcome();
    fireEvent.change(screen.getByLabelText('A pause every'), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Try a test reminder' }));
    await screen.findByText('A test reminder is on its way.');
    expect(send).toHaveBeenCalledWith({ kind: 'test-reminder' });
    expect((await synced())['reminders.everyMinutes']).toBe(30);
  });

  it("says so when the worker didn't answer the test reminder", async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    render(<WelcomePage />);
    fireEvent.click(screen.getByRole('button', { name: 'Try a test reminder' }));
    await screen.findByText(/background part didn't answer just now/);
  });

  it('flags an end before the start as crossing midnight, as Options does', async () => {
    await renderWelcome();
    await act(() => {
      fireEvent.input(screen.getByLabelText('From'), { target: { value: '07:00' } });
    });
    expect(screen.queryByText(/crosses midnight/)).toBeNull();
    await act(() => {
      fireEvent.input(screen.getByLabelText('Until'), { target: { value: '06:30' } });
    });
    const flag = screen.getByText('This crosses midnight: pauses can come from 7:00 AM until 6:30 AM the next morning.');
    expect(screen.getByLabelText('Until').getAttribute('aria-describedby')).toContain(flag.id);
  });

  it('keeps the choices behind Customize, and shows them when asked', async () => {
    render(<WelcomePage />);
    const customize = screen.getByRole('button', { name: 'Customize' });
    expect(customize.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByLabelText('A pause every')).toBeNull();
    fireEvent.click(customize);
    expect(customize.getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByLabelText('A pause every')).toBeTruthy();
    fireEvent.click(customize);
    expect(screen.queryByLabelText('A pause every')).toBeNull();
  });

  it('says how to pin Kindly, what the new tab shows and where to change it, and the shortcut the browser has', async () => {
    render(<WelcomePage />);
    expect(screen.getByText(/Extensions menu \(the puzzle piece beside the address bar\) and choose the pin next to Kindly/)).toBeTruthy();
    expect(screen.getByText(/A new tab now shows one kind sentence/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Change what a new tab shows' }).getAttribute('href')).toBe('options.html#newTab-heading');
    expect(await screen.findByText('Press Alt+Shift+K on any page to start a one-minute pause.')).toBeTruthy();
  });

  it("says where Firefox keeps the pin, and when there's no shortcut, that one can be chosen", async () => {
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => `moz-extension://kindly/${path}`);
    Object.assign(fakeBrowser, { commands: { ...fakeBrowser.commands, getAll: () => Promise.resolve([{ name: 'start-pause', shortcut: '' }]) } });
    render(<WelcomePage />);
    expect(screen.getByText(/choose the gear next to Kindly, then Pin to Toolbar/)).toBeTruthy();
    expect(await screen.findByText(/There's no keyboard shortcut for a pause yet/)).toBeTruthy();
  });

  it('opens the browser\'s shortcut settings to change the shortcut', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    render(<WelcomePage />);
    fireEvent.click(screen.getByRole('button', { name: 'Choose a different shortcut' }));
    await waitFor(() => expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' }));
  });

  it('"Skip", at the top as at the bottom, closes the tab and stores nothing', async () => {
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue({ id: 7 } as never);
    const remove = vi.spyOn(fakeBrowser.tabs, 'remove').mockResolvedValue(undefined);
    await renderWelcome();
    const [top, bottom] = skipButtons();
    // The top one comes before everything else on the page a keyboard reaches.
    expect(top!.compareDocumentPosition(screen.getByRole('button', { name: 'Customize' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(top!);
    await waitFor(() => expect(remove).toHaveBeenCalledWith(7));
    fireEvent.click(bottom!);
    await waitFor(() => expect(remove).toHaveBeenCalledTimes(2));
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
