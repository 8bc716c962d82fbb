import { fakeBrowser } from '@webext-core/fake-browser';
import { fireEvent, render, within } from '@testing-library/preact';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/core/preference-migrations';
import { SCHEMA_VERSION_KEY } from '../../src/core/storage-keys';
import { Options } from '../../src/options/options';
import { bytesOf, leaveSyncRoom } from '../helpers/storage-quotas';
import { useRealSyncTimings } from '../setup/sync-writes';
import { laterSectionsArrived, section, storedSync, typeInto } from './options-harness';

/*
 * Affirmations added within a second go to storage.sync as one write, and the browser refuses a
 * write whole. This file keeps the page's real batching, on one fake clock the tests move forward.
 */
useRealSyncTimings();
beforeAll(() => {
  vi.useFakeTimers({ now: new Date(2026, 2, 2, 10) });
});
afterAll(() => {
  vi.useRealTimers();
});

const texts = ['I can rest without earning it first.', 'I am doing well enough for today.', 'I can be gentle with myself now.'] as const;

const own = () => section('Your own affirmations');
const addField = () => own().getByLabelText<HTMLInputElement>('Write one of your own');
const shownTexts = () => own().queryAllByRole('listitem').map((item) => item.querySelector('.own-affirmation__text')?.textContent);
const row = (text: string) => within(own().getByText(text).closest('li') as HTMLElement);
const storedTexts = async () =>
  Object.entries(await storedSync())
    .filter(([key]) => key.startsWith('affirmation.'))
    .map(([, value]) => (value as { text: string }).text);

const shorter = 'I can be gentle.';

/** Room for the first two of `texts` (and the schema version) and a shorter third, not for the third as it is. */
const roomForTwo = () =>
  bytesOf({
    [SCHEMA_VERSION_KEY]: CURRENT_SCHEMA_VERSION,
    'affirmation.aaaaaaaaaa': { text: texts[0], order: 1 },
    'affirmation.bbbbbbbbbb': { text: texts[1], order: 2 },
    'affirmation.cccccccccc': { text: shorter, order: 3 },
  });

async function openEditor() {
  render(<Options />);
  await vi.advanceTimersByTimeAsync(100);
  // The section comes in the chunk fetched after first paint: on its first import that takes real time.
  await laterSectionsArrived();
  await vi.waitFor(() => expect(addField().disabled).toBe(false));
}

async function addQuickly(words: readonly string[]) {
  for (const text of words) {
    await typeInto(addField(), text);
    fireEvent.click(own().getByRole('button', { name: 'Add' }));
    await vi.advanceTimersByTimeAsync(50);
  }
  await vi.advanceTimersByTimeAsync(5_000);
}

// Whole-page renders take a few seconds on a busy machine.
describe('Options: own affirmations refused for room', { timeout: 15_000 }, () => {
  it('saves those that fit when three added together are refused, and keeps the third in the list, marked, with its words', async () => {
    await openEditor();
    await leaveSyncRoom(roomForTwo());
    await addQuickly(texts);
    expect(await storedTexts()).toEqual(texts.slice(0, 2));
    expect(shownTexts()).toEqual(texts);
    expect(row(texts[2]).getByText('Not saved — no room left')).toBeTruthy();
    expect(row(texts[0]).queryByText('Not saved — no room left')).toBeNull();
    expect(own().getByRole('alert').textContent).toMatch(/no room for this.*What you wrote is still here/);
    expect(addField().value).toBe('');
  });

  it('saves the unsaved one with Try again once there is room, and focus stays on its row', async () => {
    await openEditor();
    await leaveSyncRoom(roomForTwo());
    await addQuickly(texts);
    fireEvent.click(row(texts[0]).getByRole('button', { name: 'Remove' }));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await storedTexts()).toEqual([texts[1]]);

    const tryAgain = row(texts[2]).getByRole('button', { name: 'Try again' });
    tryAgain.focus();
    fireEvent.click(tryAgain);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await storedTexts()).toEqual([texts[1], texts[2]]);
    expect(shownTexts()).toEqual([texts[1], texts[2]]);
    expect(own().queryByText('Not saved — no room left')).toBeNull();
    expect(own().queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(row(texts[2]).getByRole('button', { name: 'Edit' }));
  });

  it('can be made shorter to fit, or removed without a write, and Undo brings it back', async () => {
    await openEditor();
    await leaveSyncRoom(roomForTwo());
    await addQuickly(texts);
    const set = vi.mocked(fakeBrowser.storage.sync.set);
    const writes = set.mock.calls.length;
    fireEvent.click(row(texts[2]).getByRole('button', { name: 'Remove' }));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(shownTexts()).toEqual(texts.slice(0, 2));
    expect(set.mock.calls.length).toBe(writes);

    fireEvent.click(own().getByRole('button', { name: 'Undo' }));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(shownTexts()).toEqual(texts);
    expect(row(texts[2]).getByText('Not saved — no room left')).toBeTruthy();

    fireEvent.click(row(texts[2]).getByRole('button', { name: 'Edit' }));
    const field = own().getByLabelText<HTMLInputElement>('Edit this affirmation');
    expect(field.value).toBe(texts[2]);
    await typeInto(field, shorter);
    fireEvent.submit(field.closest('form') as HTMLFormElement);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await storedTexts()).toEqual([texts[0], texts[1], shorter]);
    expect(own().queryByText('Not saved — no room left')).toBeNull();
  });
});
