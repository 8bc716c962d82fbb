import { fakeBrowser } from '@webext-core/fake-browser';
import { render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { JournalEntry } from '../../src/core/journal';
import { KindWordsSection } from '../../src/reflections/kind-words-section';
import { local } from '../helpers/time-zones';

const note = (at: number, exercise: string, notes: Record<string, string>): JournalEntry => ({ exercise, at, seconds: 90, finished: true, notes });
const friend = 'You did what you could with what you had.';
const longWords = `${'I am allowed to take this slowly, one small step and then another, '.repeat(3)}and that is enough.`;

function journal() {
  return [
    note(local(2026, 4, 15, 9), 'friend-check', { friend }),
    note(local(2026, 4, 12, 9), 'name-it', { 'makes-sense': 'A long week.' }),
    note(local(2026, 4, 10, 9), 'self-compassion-break', { 'kind-words': longWords }),
  ];
}

const ownAffirmations = async () =>
  Object.entries(await fakeBrowser.storage.sync.get(null))
    .filter(([key]) => key.startsWith('affirmation.'))
    .map(([key, value]) => ({ key, text: (value as { text: string }).text }));

const item = (text: string) => within(screen.getByText(text).closest('li') as HTMLElement);
const rotation = () => JSON.parse(localStorage.getItem('kindly.affirmationRotation') ?? '{}') as { next?: { id: string; text: string } };

describe('words you gave yourself', () => {
  it('lists the Friend check and self-compassion break notes, newest first, with date and practice', async () => {
    render(<KindWordsSection entries={journal()} locale="en-GB" />);
    const section = screen.getByRole('region', { name: 'Words you gave yourself' });
    expect([...section.querySelectorAll('blockquote')].map((quote) => quote.textContent)).toEqual([friend, longWords.trim()]);
    expect(screen.getByText(friend).closest('li')?.querySelector('.insights-kind__when')?.textContent).toBe('15 Apr 2026 · Friend check');
    expect(within(section).queryByText('A long week.')).toBeNull();
    await vi.waitFor(() => expect(item(friend).getByRole<HTMLButtonElement>('button', { name: 'Show on my new tab' }).disabled).toBe(false));
  });

  it('shows the newest five at first, and the rest with Show all', async () => {
    const many = Array.from({ length: 7 }, (_, index) => note(local(2026, 4, 20 - index, 9), 'friend-check', { friend: `Kind words number ${index + 1}.` }));
    render(<KindWordsSection entries={many} locale="en-GB" />);
    const section = () => screen.getByRole('region', { name: 'Words you gave yourself' });
    expect(section().querySelectorAll('blockquote')).toHaveLength(5);
    await userEvent.setup().click(within(section()).getByRole('button', { name: 'Show all 7' }));
    expect([...section().querySelectorAll('blockquote')].map((quote) => quote.textContent).at(-1)).toBe('Kind words number 7.');
    expect(within(section()).queryByRole('button', { name: /^Show all/ })).toBeNull();
  });

  it('turns words into an own affirmation and the next new tab’s sentence, and then says they are there', async () => {
    const user = userEvent.setup();
    render(<KindWordsSection entries={journal()} locale="en-GB" />);
    const button = item(friend).getByRole<HTMLButtonElement>('button', { name: 'Show on my new tab' });
    await vi.waitFor(() => expect(button.disabled).toBe(false));
    await user.click(button);
    await vi.waitFor(() => expect(item(friend).getByRole('status').textContent).toBe('On your new tab'));
    expect(item(friend).queryByRole('button')).toBeNull();
    // Focus doesn't fall to the page's start when the button goes: it is on what replaced it.
    expect(document.activeElement).toBe(item(friend).getByRole('status'));
    const stored = await ownAffirmations();
    expect(stored.map(({ text }) => text)).toEqual([friend]);
    expect(rotation().next).toEqual({ id: stored[0]?.key, text: friend });
  });

  it('says "On your new tab" for words already among the own affirmations, and adds nothing twice', async () => {
    await fakeBrowser.storage.sync.set({ 'affirmation.abcdefgh12': { text: friend, order: 1 } });
    render(<KindWordsSection entries={journal()} locale="en-GB" />);
    await vi.waitFor(() => expect(item(friend).getByText('On your new tab')).toBeTruthy());
    expect(item(friend).queryByRole('button')).toBeNull();
    expect(await ownAffirmations()).toHaveLength(1);
    expect(rotation().next).toBeUndefined();
  });

  it('says why words longer than the new tab holds can’t go there', async () => {
    render(<KindWordsSection entries={journal()} locale="en-GB" />);
    await vi.waitFor(() => expect(item(longWords.trim()).getByText('Too long for the new tab, which holds up to 160 characters.')).toBeTruthy());
    expect(item(longWords.trim()).queryByRole('button')).toBeNull();
  });

  it('says so when the new tab already holds fifty sentences of the person’s own', async () => {
    await fakeBrowser.storage.sync.set(
      Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`affirmation.full${String(index).padStart(6, '0')}`, { text: `Words ${index}`, order: index + 1 }])),
    );
    render(<KindWordsSection entries={journal()} locale="en-GB" />);
    await vi.waitFor(() => expect(item(friend).getByText(/already holds 50 sentences of your own/)).toBeTruthy());
    expect(item(friend).queryByRole('button')).toBeNull();
  });

  it('says why when the browser refuses to store the words, and keeps the button to try again', async () => {
    const user = userEvent.setup();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    render(<KindWordsSection entries={journal()} locale="en-GB" />);
    const button = item(friend).getByRole<HTMLButtonElement>('button', { name: 'Show on my new tab' });
    await vi.waitFor(() => expect(button.disabled).toBe(false));
    await user.click(button);
    await vi.waitFor(() => expect(item(friend).getByRole('status').textContent).toMatch(/no room for these words/));
    expect(item(friend).getByRole('button', { name: 'Show on my new tab' })).toBeTruthy();
    expect(rotation().next).toBeUndefined();
  });

  it('waits kindly when there are no kind words yet', () => {
    render(<KindWordsSection entries={[]} locale="en-GB" />);
    expect(screen.getByText(/When you write yourself a few kind words/)).toBeTruthy();
  });
});
