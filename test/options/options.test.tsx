import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/core/preference-migrations';
import { PREFERENCE_BACKUP_KEY } from '../../src/core/storage-keys';
import { Options } from '../../src/options/options';
import { expectStored, renderOptions, section, typeInto } from './options-harness';

describe('Options', () => {
  it('shows every section, the privacy promise and the links to more', async () => {
    await renderOptions();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Kindly preferences');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings.slice(0, 4)).toEqual(['Reminders', 'Exercises', 'Values', 'Appearance']);
    expect(headings.at(-1)).toBe('Support and privacy');
    for (const name of ['Reminders', 'Exercises', 'Values', 'Appearance']) {
      expect(section(name).getByRole('button', { name: 'Reset this section' })).toBeTruthy();
    }
    expect(screen.getByText(/makes no network requests and has no analytics/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'More support' }).getAttribute('href')).toBe('support.html');
    expect(screen.getByRole('link', { name: "What self-compassion is — and isn't" }).getAttribute('href')).toBe('self-compassion.html');
    expect(screen.queryByRole('button', { name: /^Save/ })).toBeNull();
  });

  it('links to every section from the top of the page, in the order the sections come', async () => {
    await renderOptions();
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    const links = within(nav).getAllByRole('link');
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(links.map((link) => link.textContent)).toEqual(headings.map((heading) => heading.textContent));
    // Each link lands on its section's heading.
    expect(links.map((link) => link.getAttribute('href'))).toEqual(headings.map((heading) => `#${heading.id}`));
    expect(nav.compareDocumentPosition(headings[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('writes nothing just by being opened', async () => {
    await renderOptions();
    // Saves are written in order: one made now lands after anything the page wrote on opening.
    fireEvent.click(section('Reminders').getByLabelText('Play the notification sound'));
    await expectStored({ 'reminders.sound': false });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ 'reminders.sound': false, schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('while preferences come from a newer Kindly, says so and keeps every field disabled', async () => {
    await fakeBrowser.storage.sync.set({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, 'reminders.everyMinutes': 45 });
    await renderOptions();
    expect(await screen.findByText(/saved by a newer version of Kindly/)).toBeTruthy();
    const fields = ['Reminders', 'Exercises', 'Values', 'Appearance'].flatMap((name) => [
      ...screen.getByRole('region', { name }).querySelectorAll<HTMLInputElement>('input, select'),
    ]);
    expect(fields.length).toBeGreaterThan(30);
    expect([...fields].filter((field) => !field.disabled)).toEqual([]);
    expect(section('Reminders').getByRole<HTMLButtonElement>('button', { name: 'Reset this section' }).disabled).toBe(true);
    expect(section('Reminders').getByLabelText<HTMLInputElement>('Minutes between pauses').value).toBe('45');
  });

  it('says once that unreadable preferences were reset and kept, until dismissed', async () => {
    await fakeBrowser.storage.local.set({ preferencesBackup: [{ savedAt: 1_000, items: { 'reminders.everyMinutes': 'often' } }] });
    render(<Options />);
    expect(await screen.findByText(/couldn't be read, so they are back to their defaults/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    await waitFor(() => expect(screen.queryByText(/couldn't be read/)).toBeNull());
    const { preferencesBackupSeenAt } = await fakeBrowser.storage.local.get('preferencesBackupSeenAt');
    expect(preferencesBackupSeenAt).toBeGreaterThanOrEqual(1_000);
  });

  it('shows no notice when nothing was reset and nothing went wrong', async () => {
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    await renderOptions();
    // The notice decides from its own read of the backup: wait for that answer to be shown.
    const backupRead = () => reads.mock.calls.findIndex(([keys]) => Array.isArray(keys) && (keys as string[]).includes(PREFERENCE_BACKUP_KEY));
    await vi.waitFor(() => expect(backupRead()).toBeGreaterThanOrEqual(0));
    await act(async () => {
      await (reads.mock.results[backupRead()]?.value as Promise<unknown>);
    });
    expect(screen.queryByText(/couldn't be read/)).toBeNull();
    expect(screen.queryByText(/newer version/)).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it('two open pages stay in sync: a change in one shows in the other', async () => {
    const first = render(<Options />).container as HTMLElement;
    const second = render(<Options />).container as HTMLElement;
    await within(second).findByRole('region', { name: 'Reminders' });
    // Two roots in one document repeat each other's field ids (real pages are separate
    // documents), so fields are found by type and value here rather than by label.
    await typeInto(first.querySelector('input[type=number]')!, '75');
    const enabled = (page: HTMLElement) => page.querySelector<HTMLInputElement>('input[type=checkbox]');
    fireEvent.click(enabled(first)!);
    await expectStored({ 'reminders.everyMinutes': 75, 'reminders.enabled': false });
    const other = second.querySelector<HTMLInputElement>('input[type=number]');
    await vi.waitFor(() => expect(other?.value).toBe('75'));
    expect(enabled(second)?.checked).toBe(false);
    expect(within(second).getByText(/Mindful pauses are turned off/)).toBeTruthy();
  });

  it('does not replace what someone is typing when the same preference changes elsewhere', async () => {
    await renderOptions();
    const rhythm = section('Reminders').getByLabelText<HTMLInputElement>('Minutes between pauses');
    rhythm.focus();
    fireEvent.focus(rhythm);
    await typeInto(rhythm, '4');
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 30 });
    await vi.waitFor(() => expect(section('Reminders').getByText(/every 30 minutes/)).toBeTruthy());
    expect(rhythm.value).toBe('4');
    fireEvent.blur(rhythm);
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 35 });
    await vi.waitFor(() => expect(rhythm.value).toBe('35'));
    expect(rhythm.getAttribute('aria-invalid')).toBeNull();
  });
});
