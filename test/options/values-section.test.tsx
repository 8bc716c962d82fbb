import { fakeBrowser } from '@webext-core/fake-browser';
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { descriptionOf, expectStored, renderOptions, section, storedSync, typeInto } from './options-harness';

const values = () => section('Values');

describe('Options: values', () => {
  it('stores values chosen from the list, and says how many of five are chosen', async () => {
    await renderOptions();
    expect(values().getByText('0 of 5 chosen')).toBeTruthy();
    fireEvent.click(values().getByLabelText('Rest'));
    fireEvent.click(values().getByLabelText('Curiosity'));
    await expectStored({ 'values.chosen': ['rest', 'curiosity'] });
    expect(values().getByText('2 of 5 chosen')).toBeTruthy();
  });

  it('kindly refuses a sixth value: the box stays empty and nothing changes in storage', async () => {
    const five = ['rest', 'play', 'calm', 'love', 'health'];
    await fakeBrowser.storage.sync.set({ 'values.chosen': five });
    await renderOptions();
    await vi.waitFor(() => expect(values().getByText('5 of 5 chosen')).toBeTruthy());
    const sixth = values().getByLabelText<HTMLInputElement>('Courage');
    fireEvent.click(sixth);
    expect(sixth.checked).toBe(false);
    const list = values().getByRole('group', { name: 'Choose from the list' });
    await vi.waitFor(() => expect(descriptionOf(list)).toContain('Five is plenty'));
    fireEvent.click(values().getByLabelText('Play'));
    await expectStored({ 'values.chosen': ['rest', 'calm', 'love', 'health'] });
    expect(descriptionOf(list)).not.toContain('Five is plenty');
  });

  it("adds a value in the person's own words, and removes it again", async () => {
    await renderOptions();
    await typeInto(values().getByLabelText('Or write your own'), '  Tending my garden ');
    fireEvent.click(values().getByRole('button', { name: 'Add' }));
    await expectStored({ 'values.chosen': ['Tending my garden'] });
    expect(values().getByLabelText<HTMLInputElement>('Or write your own').value).toBe('');
    fireEvent.click(await values().findByRole('button', { name: 'Remove Tending my garden' }));
    await vi.waitFor(async () => expect((await storedSync())['values.chosen']).toBeUndefined());
  });

  it('words that name a listed value choose it from the list', async () => {
    await renderOptions();
    await typeInto(values().getByLabelText('Or write your own'), 'being present');
    fireEvent.click(values().getByRole('button', { name: 'Add' }));
    await expectStored({ 'values.chosen': ['presence'] });
    expect(values().getByLabelText<HTMLInputElement>('Being present').checked).toBe(true);
  });

  it('marks words that are too long or repeated, keeps them in the box, and stores nothing of them', async () => {
    await fakeBrowser.storage.sync.set({ 'values.chosen': ['Tending my garden'] });
    await renderOptions();
    const own = values().getByLabelText<HTMLInputElement>('Or write your own');
    await typeInto(own, 'x'.repeat(41));
    expect(own.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(own)).toContain('up to 40 characters fit');
    fireEvent.click(values().getByRole('button', { name: 'Add' }));
    await typeInto(own, 'tending my GARDEN');
    fireEvent.click(values().getByRole('button', { name: 'Add' }));
    await vi.waitFor(() => expect(descriptionOf(own)).toContain('already among your values'));
    expect(own.value).toBe('tending my GARDEN');
    fireEvent.click(values().getByLabelText('Kindness'));
    await expectStored({ 'values.chosen': ['Tending my garden', 'kindness'] });
    expect(screen.getByText('Tending my garden')).toBeTruthy();
  });

  it('resets only this section', async () => {
    await fakeBrowser.storage.sync.set({ 'values.chosen': ['rest'], 'appearance.textSize': 'large', schemaVersion: 1 });
    await renderOptions();
    await vi.waitFor(() => expect(values().getByLabelText<HTMLInputElement>('Rest').checked).toBe(true));
    fireEvent.click(values().getByRole('button', { name: 'Reset this section' }));
    await vi.waitFor(async () => expect((await storedSync())['values.chosen']).toBeUndefined());
    expect((await storedSync())['appearance.textSize']).toBe('large');
  });
});
