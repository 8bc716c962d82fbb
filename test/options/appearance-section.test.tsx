import { fakeBrowser } from '@webext-core/fake-browser';
import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectStored, renderOptions, section, storedSync } from './options-harness';

const root = document.documentElement;

afterEach(() => {
  delete root.dataset.theme;
  delete root.dataset.textSize;
});

describe('Options: appearance', () => {
  it('stores the theme and text size, and applies them to the page at once', async () => {
    await renderOptions();
    expect(root.dataset.theme).toBeUndefined();
    // Normal size is theme.css's default: nothing to set.
    expect(root.dataset.textSize).toBeUndefined();
    fireEvent.click(section('Appearance').getByRole('radio', { name: 'Dark' }));
    fireEvent.click(section('Appearance').getByRole('radio', { name: 'Larger' }));
    await vi.waitFor(() => expect(root.dataset.theme).toBe('dark'));
    expect(root.dataset.textSize).toBe('larger');
    await expectStored({ 'appearance.theme': 'dark', 'appearance.textSize': 'larger' });
    fireEvent.click(section('Appearance').getByRole('radio', { name: 'Follow my system' }));
    await vi.waitFor(() => expect(root.dataset.theme).toBeUndefined());
    await vi.waitFor(async () => expect((await storedSync())['appearance.theme']).toBeUndefined());
    fireEvent.click(section('Appearance').getByRole('radio', { name: 'Normal' }));
    await vi.waitFor(() => expect(root.dataset.textSize).toBeUndefined());
  });

  it('follows a theme chosen in another browser', async () => {
    await renderOptions();
    await fakeBrowser.storage.sync.set({ 'appearance.theme': 'light' });
    await vi.waitFor(() => expect(root.dataset.theme).toBe('light'));
    expect(section('Appearance').getByRole<HTMLInputElement>('radio', { name: 'Light' }).checked).toBe(true);
  });

  it('resets only this section', async () => {
    await fakeBrowser.storage.sync.set({ 'appearance.theme': 'dark', 'appearance.textSize': 'larger', 'reminders.sound': false, schemaVersion: 1 });
    await renderOptions();
    await vi.waitFor(() => expect(root.dataset.theme).toBe('dark'));
    expect(root.dataset.textSize).toBe('larger');
    fireEvent.click(section('Appearance').getByRole('button', { name: 'Reset this section' }));
    await vi.waitFor(() => expect(root.dataset.theme).toBeUndefined());
    expect(root.dataset.textSize).toBeUndefined();
    await vi.waitFor(async () => expect(await storedSync()).toEqual({ 'reminders.sound': false, schemaVersion: 1 }));
    expect(section('Appearance').getByRole<HTMLInputElement>('radio', { name: 'Normal' }).checked).toBe(true);
  });
});
