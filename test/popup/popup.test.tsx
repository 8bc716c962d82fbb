import { fakeBrowser } from '@webext-core/fake-browser';
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Popup } from '../../src/popup/popup';

describe('Popup', () => {
  it('shows the product name and the default rhythm without writing anything', async () => {
    render(<Popup />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Kindly');
    expect(await screen.findByText(/every 60 minutes, 9:00\sAM to 6:00\sPM, Monday to Friday/)).toBeTruthy();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('shows what the person chose, and follows changes live', async () => {
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 45, 'reminders.activeDays': [0, 1, 2, 3, 4, 5, 6] });
    render(<Popup />);
    expect(await screen.findByText(/every 45 minutes, .* every day/)).toBeTruthy();
    await fakeBrowser.storage.sync.set({ 'reminders.enabled': false });
    expect(await screen.findByText(/Mindful pauses are turned off/)).toBeTruthy();
  });
});
