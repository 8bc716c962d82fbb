import { fakeBrowser } from '@webext-core/fake-browser';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/core/preference-migrations';
import { Options } from '../../src/options/options';

describe('Options', () => {
  it('shows the current reminders and theme, and the privacy promise', async () => {
    await fakeBrowser.storage.sync.set({ 'appearance.theme': 'dark', 'reminders.everyMinutes': 90 });
    render(<Options />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Kindly preferences');
    expect(await screen.findByText(/every 90 minutes/)).toBeTruthy();
    expect(screen.getByText('Always dark.')).toBeTruthy();
    expect(screen.getByText(/makes no network requests and has no analytics/)).toBeTruthy();
  });

  it('says plainly when preferences come from a newer Kindly', async () => {
    await fakeBrowser.storage.sync.set({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    render(<Options />);
    expect(await screen.findByText(/saved by a newer version of Kindly/)).toBeTruthy();
  });

  it('says once that unreadable preferences were reset and kept, until dismissed', async () => {
    await fakeBrowser.storage.local.set({ preferencesBackup: [{ savedAt: 1_000, items: { 'reminders.everyMinutes': 'often' } }] });
    render(<Options />);
    const notice = await screen.findByText(/couldn't be read, so they are back to their defaults/);
    expect(notice).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    await waitFor(() => expect(screen.queryByText(/couldn't be read/)).toBeNull());
    const { preferencesBackupSeenAt } = await fakeBrowser.storage.local.get('preferencesBackupSeenAt');
    expect(preferencesBackupSeenAt).toBeGreaterThanOrEqual(1_000);
  });

  it('shows no notice when nothing was reset', async () => {
    render(<Options />);
    await screen.findByText(/every 60 minutes/);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
