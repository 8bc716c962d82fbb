import { fakeBrowser } from '@webext-core/fake-browser';
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { exercises } from '../../src/core/exercises';
import { descriptionOf, expectStored, renderOptions, section, storedSync, typeInto } from './options-harness';

const exercise = (name: string) => within(section('Exercises').getByRole('group', { name }));

describe('Options: exercises', () => {
  it('lists every exercise with a favourite box and a hide box, and stores both lists', async () => {
    await renderOptions();
    expect(section('Exercises').getAllByRole('checkbox', { name: 'Hide in the popup' })).toHaveLength(exercises.length);
    fireEvent.click(exercise('Short body scan').getByRole('checkbox', { name: 'Hide in the popup' }));
    fireEvent.click(exercise('Even breathing').getByRole('checkbox', { name: 'Favourite' }));
    fireEvent.click(exercise('Friend check').getByRole('checkbox', { name: 'Hide in the popup' }));
    await expectStored({ 'exercises.hidden': ['body-scan', 'friend-check'], 'exercises.favourites': ['coherent-breathing'] });
    fireEvent.click(exercise('Short body scan').getByRole('checkbox', { name: 'Hide in the popup' }));
    await expectStored({ 'exercises.hidden': ['friend-check'] });
  });

  it('stores the breathing pattern, holds, chime and motion', async () => {
    await renderOptions();
    fireEvent.change(section('Exercises').getByLabelText('Default breathing pattern'), { target: { value: 'box' } });
    fireEvent.click(section('Exercises').getByLabelText('Hold the breath in box breathing'));
    fireEvent.click(section('Exercises').getByLabelText('A soft chime at each change of breath'));
    fireEvent.click(section('Exercises').getByRole('radio', { name: 'Always reduce motion' }));
    await expectStored({
      'exercises.breathingPattern': 'box',
      'exercises.breathingHolds': false,
      'exercises.chime': true,
      'exercises.motion': 'reduce',
    });
  });

  it('marks a breathing length out of range and keeps the last valid one stored', async () => {
    await renderOptions();
    const minutes = section('Exercises').getByLabelText<HTMLInputElement>('Minutes of breathing');
    await typeInto(minutes, '3');
    await expectStored({ 'exercises.breathingMinutes': 3 });
    await typeInto(minutes, '9');
    expect(minutes.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(minutes)).toContain('Choose a whole number from 1 to 5.');
    await typeInto(minutes, '2.5');
    expect(minutes.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(section('Exercises').getByLabelText('A soft chime at each change of breath'));
    await expectStored({ 'exercises.chime': true });
    expect((await storedSync())['exercises.breathingMinutes']).toBe(3);
    expect(minutes.value).toBe('2.5');
  });

  it('resets only this section', async () => {
    await fakeBrowser.storage.sync.set({ 'exercises.hidden': ['body-scan'], 'exercises.chime': true, 'values.chosen': ['rest'], schemaVersion: 1 });
    await renderOptions();
    await vi.waitFor(() => expect(exercise('Short body scan').getByRole<HTMLInputElement>('checkbox', { name: 'Hide in the popup' }).checked).toBe(true));
    fireEvent.click(section('Exercises').getByRole('button', { name: 'Reset this section' }));
    await vi.waitFor(async () => expect(Object.keys(await storedSync()).filter((key) => key.startsWith('exercises.'))).toEqual([]));
    expect((await storedSync())['values.chosen']).toEqual(['rest']);
    expect(exercise('Short body scan').getByRole<HTMLInputElement>('checkbox', { name: 'Hide in the popup' }).checked).toBe(false);
    expect(screen.getByText('This section is back to its defaults.')).toBeTruthy();
  });
});
