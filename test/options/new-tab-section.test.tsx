import { fakeBrowser } from '@webext-core/fake-browser';
import { fireEvent, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/core/preference-migrations';
import { descriptionOf, expectStored, renderOptions, section, storedSync, typeInto } from './options-harness';

const newTab = () => section('New tab');
const own = () => section('Your own affirmations');
const addField = () => own().getByLabelText<HTMLInputElement>('Write one of your own');

const stored = (text: string, order: number) => ({ text, order });
const three = {
  'affirmation.aaaaaaaa': stored('I can rest.', 1),
  'affirmation.bbbbbbbb': stored('I am doing enough.', 2),
  'affirmation.cccccccc': stored('Mistakes help me learn.', 3),
  schemaVersion: CURRENT_SCHEMA_VERSION,
};

const ownStored = async () => Object.fromEntries(Object.entries(await storedSync()).filter(([key]) => key.startsWith('affirmation.')));
const shownTexts = () => own().queryAllByRole('listitem').map((item) => item.querySelector('.own-affirmation__text')?.textContent);
const row = (text: string) => within(own().getByText(text).closest('li') as HTMLElement);

/** The page, once its own affirmations have been read (the add field waits for them). */
async function renderEditor() {
  await renderOptions();
  await vi.waitFor(() => expect(addField().disabled).toBe(false));
}

async function addAffirmation(text: string) {
  await typeInto(addField(), text);
  fireEvent.click(own().getByRole('button', { name: 'Add' }));
}

// Whole-page renders and the sync writer's quiet moment take seconds on a busy machine: the
// project's timeout (vitest.config.ts) covers them, where a shorter one here failed at load 14.
describe('Options: new tab', () => {
  it('stores each choice', async () => {
    await renderOptions();
    fireEvent.click(newTab().getByRole('radio', { name: 'Minimal' }));
    fireEvent.click(newTab().getByRole('radio', { name: 'One a day' }));
    fireEvent.click(newTab().getByRole('radio', { name: 'Only mine' }));
    fireEvent.click(newTab().getByLabelText('Greet me'));
    await typeInto(newTab().getByLabelText('Name to greet you by'), ' Sam ');
    fireEvent.click(newTab().getByLabelText('Show the time'));
    fireEvent.click(newTab().getByLabelText('Show when the next pause is'));
    await expectStored({
      'newTab.mode': 'minimal',
      'newTab.rotation': 'daily',
      'newTab.ownAffirmations': 'only',
      'newTab.showGreeting': false,
      'newTab.greetingName': 'Sam',
      'newTab.showClock': true,
      'newTab.showNextPause': false,
    });
  });

  it('marks a greeting name that is too long and stores nothing of it', async () => {
    await renderOptions();
    const name = newTab().getByLabelText<HTMLInputElement>('Name to greet you by');
    await typeInto(name, 'x'.repeat(41));
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(name)).toContain('up to 40 characters fit');
    fireEvent.click(newTab().getByLabelText('Show the time'));
    await expectStored({ 'newTab.showClock': true });
    expect((await storedSync())['newTab.greetingName']).toBeUndefined();
    expect(name.value).toBe('x'.repeat(41));
  });

  it('hides the kinds of affirmation unticked', async () => {
    await renderOptions();
    const kinds = newTab().getByRole('group', { name: 'Kinds of affirmation to show' });
    fireEvent.click(within(kinds).getByLabelText('Learning from mistakes'));
    await expectStored({ 'newTab.hiddenCategories': ['mistakes'] });
    expect(within(kinds).getByLabelText<HTMLInputElement>('Learning from mistakes').checked).toBe(false);
    expect(within(kinds).getByLabelText<HTMLInputElement>('Being present').checked).toBe(true);
  });

  it('keeps at least one kind shown, saying why', async () => {
    await fakeBrowser.storage.sync.set({ 'newTab.hiddenCategories': ['kindness', 'humanity', 'present', 'allowing', 'mistakes'] });
    await renderOptions();
    const kinds = newTab().getByRole('group', { name: 'Kinds of affirmation to show' });
    const last = within(kinds).getByLabelText<HTMLInputElement>('Trusting yourself');
    await vi.waitFor(() => expect(within(kinds).getByLabelText<HTMLInputElement>('Being present').checked).toBe(false));
    fireEvent.click(last);
    expect(last.checked).toBe(true);
    await vi.waitFor(() => expect(descriptionOf(kinds)).toContain('Keep at least one kind'));
    fireEvent.click(within(kinds).getByLabelText('Being present'));
    await expectStored({ 'newTab.hiddenCategories': ['kindness', 'humanity', 'allowing', 'mistakes'] });
    expect(descriptionOf(kinds)).not.toContain('Keep at least one kind');
  });

  it("says Kindly's own are shown while 'only mine' has none yet", async () => {
    await renderEditor();
    fireEvent.click(newTab().getByRole('radio', { name: 'Only mine' }));
    const choices = newTab().getByRole('group', { name: 'Your own affirmations on the new tab' });
    await vi.waitFor(() => expect(descriptionOf(choices)).toContain("Kindly's own affirmations are shown"));
    await addAffirmation('I am allowed to rest.');
    await vi.waitFor(() => expect(descriptionOf(choices)).not.toContain("Kindly's own affirmations are shown"));
    await vi.waitFor(async () => expect(Object.keys(await ownStored())).toHaveLength(1));
  });
});

describe('Options: your own affirmations', () => {
  it('adds one, trimmed, as an item of its own, and shows the count and characters left', async () => {
    await renderEditor();
    expect(own().getByText('0 of 50')).toBeTruthy();
    await typeInto(addField(), '  I am allowed to rest.  ');
    expect(descriptionOf(addField())).toContain('Characters left: 139');
    fireEvent.click(own().getByRole('button', { name: 'Add' }));
    expect(addField().value).toBe('');
    await vi.waitFor(async () => expect(Object.values(await ownStored())).toEqual([stored('I am allowed to rest.', 1)]));
    expect(Object.keys(await ownStored())[0]).toMatch(/^affirmation\.[a-z0-9]{8,12}$/);
    expect(own().getByText('1 of 50')).toBeTruthy();
    expect(shownTexts()).toEqual(['I am allowed to rest.']);
  });

  it('saves nothing empty, and refuses words over the limit with a plain message', async () => {
    await renderEditor();
    await addAffirmation('   ');
    expect(descriptionOf(addField())).toContain("an empty one isn't saved");
    await typeInto(addField(), 'x'.repeat(161));
    expect(addField().getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(addField())).toContain('Characters over the limit: 1');
    expect(descriptionOf(addField())).toContain('up to 160 characters fit');
    fireEvent.click(own().getByRole('button', { name: 'Add' }));
    expect(addField().value).toBe('x'.repeat(161));
    fireEvent.click(newTab().getByLabelText('Show the time'));
    await expectStored({ 'newTab.showClock': true });
    expect(await ownStored()).toEqual({});
  });

  it('stops kindly at fifty', async () => {
    const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`affirmation.item${String(index).padStart(4, '0')}`, stored(`Kind words ${index}`, index + 1)]));
    await fakeBrowser.storage.sync.set(fifty);
    await renderEditor();
    await vi.waitFor(() => expect(own().getByText('50 of 50')).toBeTruthy());
    await addAffirmation('One more');
    expect(descriptionOf(addField())).toContain('as many as fit');
    expect(addField().value).toBe('One more');
    expect(own().getByText('50 of 50')).toBeTruthy();
    // A change after it is written after anything the refused one would have written.
    fireEvent.click(newTab().getByLabelText('Show the time'));
    await expectStored({ 'newTab.showClock': true });
    expect(Object.keys(await ownStored())).toHaveLength(50);
  });

  it('edits one in place, keeping its place, and goes back to its Edit button', async () => {
    await fakeBrowser.storage.sync.set(three);
    await renderEditor();
    fireEvent.click(await row('I am doing enough.').findByRole('button', { name: 'Edit' }));
    const field = own().getByLabelText<HTMLInputElement>('Edit this affirmation');
    expect(document.activeElement).toBe(field);
    expect(field.value).toBe('I am doing enough.');
    await typeInto(field, 'I am enough, as I am.');
    fireEvent.submit(field.closest('form') as HTMLFormElement);
    await expectStored({ 'affirmation.bbbbbbbb': stored('I am enough, as I am.', 2) });
    await vi.waitFor(() => expect(document.activeElement).toBe(row('I am enough, as I am.').getByRole('button', { name: 'Edit' })));

    fireEvent.click(row('I can rest.').getByRole('button', { name: 'Edit' }));
    await typeInto(own().getByLabelText('Edit this affirmation'), 'Not this');
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(shownTexts()).toEqual(['I can rest.', 'I am enough, as I am.', 'Mistakes help me learn.']));
  });

  it('removes one, and Undo brings it back as it was', async () => {
    await fakeBrowser.storage.sync.set(three);
    await renderEditor();
    fireEvent.click(await row('I am doing enough.').findByRole('button', { name: 'Remove' }));
    await vi.waitFor(async () => expect(await ownStored()).not.toHaveProperty('affirmation.bbbbbbbb'));
    expect(shownTexts()).toEqual(['I can rest.', 'Mistakes help me learn.']);
    const undo = own().getByRole('button', { name: 'Undo' });
    expect(own().getByText(/Removed "I am doing enough."/)).toBeTruthy();
    expect(document.activeElement).toBe(undo);
    fireEvent.click(undo);
    await expectStored({ 'affirmation.bbbbbbbb': stored('I am doing enough.', 2) });
    expect(shownTexts()).toEqual(['I can rest.', 'I am doing enough.', 'Mistakes help me learn.']);
  });

  it('moves by keyboard, writing only the moved one, with focus staying on its button', async () => {
    await fakeBrowser.storage.sync.set(three);
    await renderEditor();
    const down = await row('I can rest.').findByRole('button', { name: 'Move down' });
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    down.focus();
    await userEvent.keyboard('{Enter}');
    expect(shownTexts()).toEqual(['I am doing enough.', 'I can rest.', 'Mistakes help me learn.']);
    expect(document.activeElement).toBe(row('I can rest.').getByRole('button', { name: 'Move down' }));
    await expectStored({ 'affirmation.aaaaaaaa': stored('I can rest.', 2.5) });
    // The stored schema version is current already, so it isn't written again.
    expect(set.mock.calls.map(([items]) => Object.keys(items as object).sort())).toEqual([['affirmation.aaaaaaaa']]);

    // To the end: Move down has nowhere to go, so focus stays on the same item's Move up.
    await userEvent.keyboard('{Enter}');
    expect(shownTexts()).toEqual(['I am doing enough.', 'Mistakes help me learn.', 'I can rest.']);
    expect(document.activeElement).toBe(row('I can rest.').getByRole('button', { name: 'Move up' }));
    await expectStored({ 'affirmation.aaaaaaaa': stored('I can rest.', 4) });
    expect(await ownStored()).toMatchObject({ 'affirmation.bbbbbbbb': stored('I am doing enough.', 2), 'affirmation.cccccccc': stored('Mistakes help me learn.', 3) });

    await userEvent.keyboard('{Enter}');
    expect(shownTexts()).toEqual(['I am doing enough.', 'I can rest.', 'Mistakes help me learn.']);
    expect(document.activeElement).toBe(row('I can rest.').getByRole('button', { name: 'Move up' }));
    await expectStored({ 'affirmation.aaaaaaaa': stored('I can rest.', 2.5) });
  });

  it('says in plain words when sync storage is full, and keeps what was typed in the list, marked as not saved', async () => {
    await renderEditor();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await addAffirmation('I am allowed to rest.');
    await vi.waitFor(() => expect(own().getByRole('alert').textContent).toMatch(/sync storage has no room for this.*What you wrote is still here/));
    expect(shownTexts()).toEqual(['I am allowed to rest.']);
    expect(row('I am allowed to rest.').getByText('Not saved — no room left')).toBeTruthy();
    expect(row('I am allowed to rest.').getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(addField().value).toBe('');
    expect(await ownStored()).toEqual({});
  });

  it('can only be looked at when a newer Kindly saved the preferences', async () => {
    await fakeBrowser.storage.sync.set({ ...three, schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    await renderOptions();
    await vi.waitFor(() => expect(shownTexts()).toHaveLength(3));
    expect(row('I can rest.').getByRole<HTMLButtonElement>('button', { name: 'Remove' }).disabled).toBe(true);
    expect(addField().disabled).toBe(true);
  });
});
