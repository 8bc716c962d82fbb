import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Options } from '../../src/options/options';
import type { LaterParts } from '../../src/options/use-later-sections';
import { expectStored, laterSectionsArrived, section } from './options-harness';

/** A fetch of the later parts that the test lets through (or fails) when it chooses. */
function heldLaterParts() {
  let release: (outcome: 'arrive' | 'fail') => void = () => undefined;
  const arrived = new Promise<'arrive' | 'fail'>((resolve) => (release = resolve));
  const load = async (): Promise<LaterParts> => {
    if ((await arrived) === 'fail') throw new TypeError('Failed to fetch dynamically imported module');
    return import('../../src/options/later-sections');
  };
  return { load, release: (outcome: 'arrive' | 'fail') => release(outcome) };
}

const laterNames = ['Exercises', 'Values', 'Appearance', 'New tab', 'Your own affirmations', 'Your data'];

describe('Options: the sections fetched after first paint', () => {
  it('has every section’s heading, where each link lands, before they arrive; then the sections themselves', async () => {
    const later = heldLaterParts();
    render(<Options loadLater={later.load} />);
    await screen.findByRole('region', { name: 'Reminders' });
    const links = within(screen.getByRole('navigation', { name: 'On this page' })).getAllByRole('link');
    for (const link of links) expect(document.getElementById(link.getAttribute('href')!.slice(1))?.textContent, link.textContent!).toBe(link.textContent);
    for (const name of laterNames) expect(section(name).queryAllByRole('checkbox')).toEqual([]);

    later.release('arrive');
    await laterSectionsArrived();
    expect(section('Exercises').getAllByRole('checkbox').length).toBeGreaterThan(5);
    expect(section('Your data').getByRole('button', { name: /Export/ })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(links.map((link) => link.textContent));
  });

  it('saves a change made before they arrive', async () => {
    const later = heldLaterParts();
    render(<Options loadLater={later.load} />);
    fireEvent.click((await screen.findByRole('region', { name: 'Reminders' })).querySelector<HTMLInputElement>('input[type="checkbox"]')!);
    await expectStored({ 'reminders.enabled': false });
    later.release('arrive');
    await laterSectionsArrived();
    expect(section('Reminders').getByLabelText<HTMLInputElement>('Remind me to take mindful pauses').checked).toBe(false);
  });

  it('says in plain words in each of them when they couldn’t load, once aloud, with a way to reload', async () => {
    const later = heldLaterParts();
    render(<Options loadLater={later.load} />);
    await screen.findByRole('region', { name: 'Reminders' });
    later.release('fail');
    await screen.findByRole('button', { name: 'Reload the page' });
    const said = screen.getAllByRole('alert').filter((alert) => /didn't load/.test(alert.textContent ?? ''));
    expect(said.map((alert) => alert.textContent)).toEqual(["This part of the page didn't load. Reloading the page usually brings it back.Reload the page"]);
    for (const name of laterNames) expect(section(name).getByText(/This part of the page didn't load/)).toBeTruthy();
    expect(document.querySelector('[aria-busy="true"]')).toBeNull();
    // The first screen still works.
    expect(section('Reminders').getByLabelText('Minutes between pauses')).toBeTruthy();
  });
});
