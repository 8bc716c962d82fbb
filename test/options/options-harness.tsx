import { fakeBrowser } from '@webext-core/fake-browser';
import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import { expect, vi } from 'vitest';
import { Options } from '../../src/options/options';

/*
 * Shared by the options tests. Saving goes through the real sync writer (debounced, at most a
 * second), so checks on storage wait for it; a negative check waits for a later valid change
 * instead of sleeping.
 */

/** Renders the page and waits for the preference sections, those fetched after first paint too. */
export async function renderOptions() {
  const result = render(<Options />);
  await screen.findByRole('region', { name: 'Reminders' });
  await laterSectionsArrived();
  return result;
}

/** The sections the page fetches after its first paint are in place of their shells. */
export function laterSectionsArrived(): Promise<void> {
  return vi.waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull(), { timeout: 4_000 });
}

export function section(name: string) {
  return within(screen.getByRole('region', { name }));
}

export function storedSync(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.sync.get(null);
}

/** Waits until storage.sync holds what is expected (the writer waits for a quiet moment first). */
export function expectStored(expected: Record<string, unknown>, timeout = 4_000): Promise<void> {
  return vi.waitFor(
    async () => {
      const stored = await storedSync();
      for (const [key, value] of Object.entries(expected)) {
        if (JSON.stringify(stored[key]) !== JSON.stringify(value)) throw new Error(`${key}: ${JSON.stringify(stored[key])}`);
      }
    },
    { timeout, interval: 50 },
  );
}

/** The field's error line, as a screen reader reaches it through aria-describedby. */
export function descriptionOf(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/** Types into a field as a person would (one input event), and lets the page re-render. */
export async function typeInto(element: HTMLElement, value: string): Promise<void> {
  await act(() => {
    fireEvent.input(element, { target: { value } });
  });
}
