import { fakeBrowser } from '@webext-core/fake-browser';
import { render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { dayListKey } from '../../src/core/day-lists';
import { ReflectionsPage } from '../../src/reflections/reflections-page';

const at = (day: number, hour: number) => new Date(2026, 2, day, hour).getTime();
const nameIt = { exercise: 'name-it', at: at(14, 9), seconds: 62, finished: true, emotions: ['calm', 'tense'], notes: { 'makes-sense': 'a quiet morning' } };
const friend = { exercise: 'friend-check', at: at(14, 15), seconds: 90, finished: true, notes: { friend: 'You did what you could.' } };
const compass = { exercise: 'values-compass', at: at(13, 11), seconds: 75, finished: true, values: ['kindness', 'Being there for Sam'] };
const seeded = { 'journal:2026-03-14': [nameIt, 'scribbled', friend], 'journal:2026-03-13': [compass], 'pauseLog:2026-03-14': [{ at: at(14, 10), outcome: 'taken' }], schedule: { rhythmFrom: 1 } };

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];
/** The timeline's list (the page has others: the feelings named, the kind words). */
const timelineList = () => within(screen.getByRole('region', { name: 'Timeline' })).getByRole('list');
const titles = () => within(timelineList()).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

async function openPage(items: Record<string, unknown> = seeded) {
  await fakeBrowser.storage.local.set(items);
  render(<ReflectionsPage />);
  if (Object.keys(items).some((key) => key.startsWith('journal:'))) await vi.waitFor(() => timelineList());
}

describe('Reflections: the timeline', () => {
  it('shows the newest first, with the practice, the feelings in words with their quadrants, the notes and the values', async () => {
    await openPage();
    expect(titles()).toEqual(['Friend check', 'Name it', 'Values compass']);
    expect(screen.getByText('Feelings: calm (Pleasant, little energy); tense (Unpleasant, lots of energy)')).toBeTruthy();
    expect(screen.getByText('a quiet morning')).toBeTruthy();
    expect(screen.getByText('Values held: Kindness, Being there for Sam')).toBeTruthy();
    // When, as the locale writes it, and the practice by its name.
    const nameItEntry = within(timelineList()).getAllByRole('listitem')[1];
    expect(nameItEntry?.querySelector('p')?.textContent).toMatch(/^Mar 14, 2026, 9:00\sAM · Name what you feel$/);
  });

  it('says how many entries it could not read, and keeps them as stored', async () => {
    await openPage();
    expect(screen.getByText(/^One entry couldn't be read\. It is kept just as it is/)).toBeTruthy();
    expect(await stored('journal:2026-03-14')).toEqual([nameIt, 'scribbled', friend]);
  });

  it('filters by practice and by the quadrant of a feeling named', async () => {
    const user = userEvent.setup();
    await openPage();
    await user.selectOptions(screen.getByLabelText('Practice'), 'Be a good friend to yourself');
    expect(titles()).toEqual(['Friend check']);
    await user.selectOptions(screen.getByLabelText('Practice'), 'All');
    await user.selectOptions(screen.getByLabelText('Feelings named'), 'Unpleasant, lots of energy');
    expect(titles()).toEqual(['Name it']);
    await user.selectOptions(screen.getByLabelText('Feelings named'), 'Pleasant, lots of energy');
    expect(screen.getByText('No entries match these choices.')).toBeTruthy();
  });

  it('saves an edited note into that entry alone, and Cancel leaves it as it was', async () => {
    const user = userEvent.setup();
    await openPage();
    await user.click(screen.getByRole('button', { name: 'Edit note: What a friend would say' }));
    const box = screen.getByRole('textbox', { name: 'What a friend would say' });
    expect(document.activeElement).toBe(box);
    await user.clear(box);
    await user.type(box, 'That was enough.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => within(timelineList()).getByText('That was enough.'));
    // Words given in Friend check show among the words you gave yourself too, as edited.
    expect(within(screen.getByRole('region', { name: 'Words you gave yourself' })).getByText('That was enough.')).toBeTruthy();
    expect(await stored('journal:2026-03-14')).toEqual([nameIt, 'scribbled', { ...friend, notes: { friend: 'That was enough.' } }]);

    await user.click(screen.getByRole('button', { name: 'Edit note: It makes sense because' }));
    await user.type(screen.getByRole('textbox', { name: 'It makes sense because' }), ' and more');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('a quiet morning')).toBeTruthy();
    expect((await stored('journal:2026-03-14')) as unknown[]).toContainEqual(nameIt);
  });

  it('deletes an entry with an Undo that stays, and Undo puts it back where it was', async () => {
    const user = userEvent.setup();
    await openPage();
    await user.click(screen.getByRole('button', { name: /^Delete Name it,/ }));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await vi.waitFor(() => expect(document.activeElement).toBe(undo));
    await vi.waitFor(() => expect(titles()).toEqual(['Friend check', 'Values compass']));
    expect(await stored('journal:2026-03-14')).toEqual(['scribbled', friend]);
    await user.click(undo);
    await vi.waitFor(() => expect(titles()).toEqual(['Friend check', 'Name it', 'Values compass']));
    expect(await stored('journal:2026-03-14')).toEqual([nameIt, 'scribbled', friend]);
  });

  it('takes away a day emptied by a delete, and Undo brings it back', async () => {
    const user = userEvent.setup();
    await openPage();
    await user.click(screen.getByRole('button', { name: /^Delete Values compass,/ }));
    await screen.findByRole('button', { name: 'Undo' });
    expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty('journal:2026-03-13');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await vi.waitFor(async () => expect(await stored('journal:2026-03-13')).toEqual([compass]));
  });

  it('shows a practice done elsewhere (the popup) without a reload', async () => {
    await openPage();
    const later = { exercise: 'cyclic-sigh', at: at(14, 20), seconds: 40, finished: false };
    await fakeBrowser.storage.local.set({ 'journal:2026-03-14': [nameIt, 'scribbled', friend, later] });
    await vi.waitFor(() => expect(titles()[0]).toBe('Cyclic sigh'));
  });

  it('shows thirty at a time, newest first, with Show more', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 75 }, (_, index) => ({ exercise: 'name-it', at: at(1, 0) + index * 60_000, seconds: 60, finished: true }));
    await openPage({ 'journal:2026-03-01': many });
    const times = () => within(timelineList()).getAllByRole('listitem').map((item) => item.querySelector('time')?.dateTime);
    expect(times()).toHaveLength(30);
    expect(times()[0]).toBe(new Date(many[74]!.at).toISOString());
    expect(screen.getByText('Showing 30 of 75')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(times()).toHaveLength(75);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('as it opens, removes the days the person chose not to keep any longer, and keeps the rest', async () => {
    const recent = { exercise: 'box-breathing', at: Date.now() - 60_000, seconds: 60, finished: true };
    const recentKey = dayListKey('journal', recent.at);
    await fakeBrowser.storage.sync.set({ 'history.keepForDays': 30 });
    await openPage({ ...seeded, [recentKey]: [recent] });
    // March 2026 is long past 30 days by now: those days go, from storage and from the page.
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual([recentKey, 'schedule']));
    await vi.waitFor(() => expect(titles()).toEqual(['Box breathing']));
  });

  it('says kindly what will appear here when the journal is empty', async () => {
    await openPage({});
    expect(await screen.findByText(/^Nothing here yet\. .*It all stays on this device\.$/)).toBeTruthy();
    expect(screen.queryByLabelText('Practice')).toBeNull();
  });
});

describe('Reflections: erasing the history', () => {
  it('says what goes, keeps the focus on Keep my history, and removes only the journal and pause log', async () => {
    const user = userEvent.setup();
    await openPage();
    await fakeBrowser.storage.local.set({ 'affirmation.a1': { text: 'mine' } });
    await user.click(screen.getByRole('button', { name: 'Erase my history…' }));
    const confirm = screen.getByRole('group', { name: 'Erase your history?' });
    expect(confirm.textContent).toMatch(/every journal entry.*the pause history.*preferences and your own affirmations stay/);
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Keep my history' }));
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('group', { name: 'Erase your history?' })).toBeNull();
    expect(await stored('journal:2026-03-14')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Erase my history…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, erase my history' }));
    await screen.findByText(/^Your history is erased\./);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ schedule: { rhythmFrom: 1 }, 'affirmation.a1': { text: 'mine' } });
    await screen.findByText(/^Nothing here yet\./);
  });
});
