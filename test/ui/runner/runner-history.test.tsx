import { fakeBrowser } from '@webext-core/fake-browser';
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Preferences } from '../../../src/core/preferences';
import { ExerciseRunner } from '../../../src/ui/runner/exercise-runner';
import { exercise, fixtureValues, fixtureWords, preferences, say } from './runner-fixtures';

const START = new Date(2025, 4, 12, 10, 30).getTime();
const practice = exercise([{ kind: 'guide', text: 'exFriendCheckSituation' }]);
const withNote = exercise([{ kind: 'reflect', prompt: 'exFriendCheckPrompt', placeholder: 'exFriendCheckPlaceholder', noteId: 'friend' }], 'note-fixture');
const words = 'Be gentle, it was a long day.';

function finish(history: Preferences['history'] = { keep: true, keepForDays: 'always' }) {
  render(
    <ExerciseRunner exercise={practice} preferences={{ ...preferences(), history }} onClose={() => undefined} emotionWords={fixtureWords} valueOptions={fixtureValues} />,
  );
  fireEvent.click(screen.getByRole('button', { name: say('runnerDone') }));
}

/** Writes `words` at the practice's one prompt (kept, as the runner offers by default) and finishes. */
async function finishWithNote(user: ReturnType<typeof userEvent.setup>) {
  render(<ExerciseRunner exercise={withNote} preferences={preferences()} onClose={() => undefined} emotionWords={fixtureWords} valueOptions={fixtureValues} />);
  await user.type(screen.getByRole('textbox', { name: say('exFriendCheckPrompt') }), words);
  await user.click(screen.getByRole('button', { name: say('runnerDone') }));
}

const settle = () =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
const stored = async () => fakeBrowser.storage.local.get(null);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});
afterEach(() => vi.useRealTimers());

describe('the closing and the person’s history', () => {
  it('opens Reflections from “Your pause is in your journal”, and focus stays on Close', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    finish();
    const noted = await screen.findByRole('button', { name: say('runnerPauseInJournal') });
    expect(noted.title).toBe(say('runnerOpenReflections'));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: say('runnerClose') }));
    fireEvent.click(noted);
    await settle();
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('reflections.html') });
  });

  it('with the history off, keeps nothing and says nothing about a journal', async () => {
    finish({ keep: false, keepForDays: 'always' });
    await settle();
    expect(await stored()).toEqual({});
    expect(screen.getByRole('button', { name: say('runnerClose') })).toBeTruthy();
    expect(screen.queryByRole('button', { name: say('runnerPauseInJournal') })).toBeNull();
  });

  it('with a keep-for, the entry’s write removes the days gone past it', async () => {
    await fakeBrowser.storage.local.set({ 'journal:2025-03-01': [{ exercise: 'name-it', at: new Date(2025, 2, 1, 9).getTime(), seconds: 60, finished: true }], 'journal:2025-05-01': [] });
    finish({ keep: true, keepForDays: 30 });
    await screen.findByRole('button', { name: say('runnerPauseInJournal') });
    expect(Object.keys(await stored()).sort()).toEqual(['journal:2025-05-01', 'journal:2025-05-12']);
  });

  it('when the history is full, says this one couldn’t be kept and where to make room; Close keeps focus', async () => {
    await fakeBrowser.storage.local.set({ 'journal:2025-05-11': [] });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    finish();
    expect(await screen.findByText(say('runnerJournalFull'))).toBeTruthy();
    expect(screen.queryByRole('button', { name: say('runnerPauseInJournal') })).toBeNull();
    // Nothing of the person's own to hand back: no note was written.
    expect(screen.queryByRole('button', { name: say('runnerCopyNote') })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: say('runnerClose') }));
    fireEvent.click(screen.getByRole('button', { name: say('runnerJournalMakeRoom') }));
    await settle();
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('reflections.html') });
    expect(await stored()).toEqual({ 'journal:2025-05-11': [] });
  });

  it('hands back a note the full history refused: in view, and one press from the clipboard', async () => {
    vi.useRealTimers();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    const user = userEvent.setup();
    // After user-event's setup, which puts a clipboard of its own in place.
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await finishWithNote(user);
    expect(await screen.findByText(say('runnerJournalFull'))).toBeTruthy();
    const kept = screen.getByRole<HTMLTextAreaElement>('textbox', { name: say('runnerNoteNotSaved') });
    expect(kept.value).toBe(words);
    expect(kept.readOnly).toBe(true);
    // Close still has focus: the words wait above it, for whoever wants them.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: say('runnerClose') }));
    // The words and their copy come before the way to Reflections: in the popup, that way closes it.
    const copyButton = screen.getByRole('button', { name: say('runnerCopyNote') });
    const makeRoom = screen.getByRole('button', { name: say('runnerJournalMakeRoom') });
    expect(kept.compareDocumentPosition(makeRoom) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(copyButton.compareDocumentPosition(makeRoom) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(copyButton);
    expect(writeText).toHaveBeenCalledWith(words);
    expect(await screen.findByText(say('runnerNoteCopied'))).toBeTruthy();
  });

  it('says so when the browser won’t copy, and the words stay there to select', async () => {
    vi.useRealTimers();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Something else went wrong'));
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn().mockRejectedValue(new Error('NotAllowedError')) }, configurable: true });
    await finishWithNote(user);
    // Not a full history, so no word about room; the note is handed back all the same.
    const kept = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: say('runnerNoteNotSaved') });
    expect(kept.value).toBe(words);
    expect(screen.queryByText(say('runnerJournalFull'))).toBeNull();
    await user.click(screen.getByRole('button', { name: say('runnerCopyNote') }));
    expect(await screen.findByText(say('runnerNoteCopyRefused'))).toBeTruthy();
    expect(kept.value).toBe(words);
  });

  it('says the same where the browser has no clipboard to offer', async () => {
    vi.useRealTimers();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await finishWithNote(user);
    await user.click(await screen.findByRole('button', { name: say('runnerCopyNote') }));
    expect(await screen.findByText(say('runnerNoteCopyRefused'))).toBeTruthy();
  });

  it('keeps a saved note to the journal alone, with nothing to copy', async () => {
    vi.useRealTimers();
    const user = userEvent.setup();
    await finishWithNote(user);
    expect(await screen.findByRole('button', { name: say('runnerSavedInJournal') })).toBeTruthy();
    expect(screen.queryByRole('button', { name: say('runnerCopyNote') })).toBeNull();
  });

  it('says nothing of a full history when storage fails for another reason', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Something else went wrong'));
    finish();
    await settle();
    await settle();
    expect(screen.queryByText(say('runnerJournalFull'))).toBeNull();
    expect(screen.queryByRole('button', { name: say('runnerPauseInJournal') })).toBeNull();
  });
});
