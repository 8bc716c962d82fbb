import { fakeBrowser } from '@webext-core/fake-browser';
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { descriptionOf, expectStored, renderOptions, section, storedSync } from './options-harness';

describe('Options: Reflections', () => {
  it('comes after New tab and before Your data', async () => {
    await renderOptions();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings.indexOf('Reflections')).toBe(headings.indexOf('Your data') - 1);
    expect(headings.indexOf('Reflections')).toBeGreaterThan(headings.indexOf('New tab'));
  });

  it('opens Reflections in a tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await renderOptions();
    fireEvent.click(section('Reflections').getByRole('button', { name: 'Open Reflections' }));
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('reflections.html') }));
  });

  it('keeps a history always by default, and says it stays on this device and what turning it off keeps', async () => {
    await renderOptions();
    const keep = section('Reflections').getByRole<HTMLInputElement>('checkbox', { name: 'Keep a history of my practices' });
    expect(keep.checked).toBe(true);
    expect(descriptionOf(keep)).toMatch(/on this device only.*what is already kept stays until you erase it/);
    const keepFor = section('Reflections').getByRole<HTMLSelectElement>('combobox', { name: 'Keep for' });
    expect(keepFor.value).toBe('always');
    expect([...keepFor.options].map((option) => option.textContent)).toEqual(['30 days', '90 days', '1 year', 'Always']);
    expect(descriptionOf(keepFor)).toMatch(/older than this are removed/);
  });

  it('stores the choices as the worker and the pages read them: off, and a number of days', async () => {
    await renderOptions();
    fireEvent.click(section('Reflections').getByRole('checkbox', { name: 'Keep a history of my practices' }));
    fireEvent.change(section('Reflections').getByRole('combobox', { name: 'Keep for' }), { target: { value: '90' } });
    await expectStored({ 'history.keep': false, 'history.keepForDays': 90 });
    fireEvent.change(section('Reflections').getByRole('combobox', { name: 'Keep for' }), { target: { value: 'always' } });
    await vi.waitFor(async () => expect((await storedSync())['history.keepForDays']).toBeUndefined());
  });

  it('shows a keep-for chosen in another browser', async () => {
    await renderOptions();
    await fakeBrowser.storage.sync.set({ 'history.keepForDays': 365 });
    await vi.waitFor(() => expect(section('Reflections').getByRole<HTMLSelectElement>('combobox', { name: 'Keep for' }).value).toBe('365'));
  });
});
