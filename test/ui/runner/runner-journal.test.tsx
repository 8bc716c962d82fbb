import { fakeBrowser } from '@webext-core/fake-browser';
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Exercise } from '../../../src/core/exercises/types';
import type { JournalEntry } from '../../../src/core/journal';
import { journalEntries } from '../../../src/core/reflections/history';
import type { Preferences } from '../../../src/core/preferences';
import { ExerciseRunner } from '../../../src/ui/runner/exercise-runner';
import { exercise, fixtureValues, fixtureWords, preferences, say } from './runner-fixtures';

const START = new Date(2025, 4, 12, 10, 30).getTime();

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

async function storedEntries(): Promise<JournalEntry[]> {
  return journalEntries(await fakeBrowser.storage.local.get(null));
}

function renderRunner(practice: Exercise, chosen: Preferences = preferences()) {
  return render(
    <ExerciseRunner exercise={practice} preferences={chosen} onClose={() => undefined} emotionWords={fixtureWords} valueOptions={fixtureValues} />,
  );
}

const button = (key: string) => screen.getByRole('button', { name: say(key) });

const reflection = exercise(
  [
    { kind: 'guide', text: 'exNameItIntro', intro: true },
    { kind: 'reflect', prompt: 'exFriendCheckPrompt', placeholder: 'exFriendCheckPlaceholder', noteId: 'friend' },
  ],
  'friend-fixture',
);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});
afterEach(() => vi.useRealTimers());

describe('the journal entry of a run', () => {
  it('is written once when the practice ends by itself: what, when, how long, finished', async () => {
    renderRunner(exercise([{ kind: 'dwell', text: 'exCoherentSettle', seconds: 8 }, { kind: 'touch', seconds: 20 }]));
    await advance(28_000);
    await advance(60_000);
    expect(await storedEntries()).toEqual([{ exercise: 'fixture-practice', at: START, seconds: 28, finished: true }]);
    // Nothing written or named: it says the pause is kept, not that anything was "noted".
    expect(screen.getByText(say('runnerPauseInJournal'))).toBeTruthy();
    expect(screen.queryByText(say('runnerSavedInJournal'))).toBeNull();
  });

  it('is written when ending early too, neutrally, counting only the time it ran', async () => {
    renderRunner(exercise([{ kind: 'dwell', text: 'exCoherentSettle', seconds: 8 }, { kind: 'touch', seconds: 20 }]));
    await advance(3_000);
    fireEvent.click(button('runnerPause'));
    await advance(60_000);
    fireEvent.click(button('runnerResume'));
    await advance(2_000);
    fireEvent.click(button('runnerFinishNow'));
    await advance(0);
    expect(await storedEntries()).toEqual([{ exercise: 'fixture-practice', at: START, seconds: 5, finished: false }]);
  });

  it('keeps a typed note, as the box starts ticked, and the closing says it is noted', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderRunner(reflection);
    await user.click(button('runnerBegin'));
    await user.type(screen.getByRole('textbox', { name: say('exFriendCheckPrompt') }), '  Be gentle, it was a long day.  ');
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: say('reflectKeepNote') }).checked).toBe(true);
    await user.click(button('runnerDone'));
    await advance(0);
    expect((await storedEntries())[0]?.notes).toEqual({ friend: 'Be gentle, it was a long day.' });
    expect(screen.getByText(say('runnerSavedInJournal'))).toBeTruthy();
  });

  it('lets the note go when the person unticks the box, and then says only that the pause is kept', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderRunner(reflection);
    await user.click(button('runnerBegin'));
    await user.type(screen.getByRole('textbox'), 'You did what you could with what you knew.');
    await advance(4_000);
    await user.click(screen.getByRole('checkbox', { name: say('reflectKeepNote') }));
    await user.click(button('runnerDone'));
    await advance(0);
    const [entry] = await storedEntries();
    expect(entry).toMatchObject({ exercise: 'friend-fixture', finished: true });
    expect(entry?.notes).toBeUndefined();
    expect(screen.getByText(say('runnerPauseInJournal'))).toBeTruthy();
    expect(screen.queryByText(say('runnerSavedInJournal'))).toBeNull();
  });

  it('records the words picked in Name it', async () => {
    renderRunner(exercise([{ kind: 'name-emotion' }], 'name-it'));
    fireEvent.click(screen.getByRole('radio', { name: say('quadrantUnpleasantLow') }));
    fireEvent.click(await screen.findByRole('button', { name: say('emotionTired') }));
    fireEvent.click(screen.getByRole('button', { name: say('emotionSad') }));
    fireEvent.click(button('runnerDone'));
    await advance(0);
    expect((await storedEntries())[0]).toMatchObject({ exercise: 'name-it', emotions: ['tired', 'sad'], finished: true });
    expect(screen.getByText(say('runnerSavedInJournal'))).toBeTruthy();
  });

  it('records the values held in mind: chosen in Options, or picked here', async () => {
    const compass = exercise([{ kind: 'values' }], 'values-fixture');
    const { unmount } = renderRunner(compass, preferences({ values: ['kindness', 'Being there for Sam'] }));
    expect(screen.getByText(say('valueKindness'))).toBeTruthy();
    expect(screen.getByText('Being there for Sam')).toBeTruthy();
    fireEvent.click(button('runnerDone'));
    await advance(0);
    expect((await storedEntries())[0]?.values).toEqual(['kindness', 'Being there for Sam']);
    unmount();

    await fakeBrowser.storage.local.clear();
    renderRunner(compass);
    fireEvent.click(screen.getByRole('button', { name: say('valueHonesty') }));
    fireEvent.click(button('runnerDone'));
    await advance(0);
    expect((await storedEntries())[0]?.values).toEqual(['honesty']);
  });

  it('leaves values out when the practice ended before they came up', async () => {
    renderRunner(exercise([{ kind: 'dwell', text: 'exCoherentSettle', seconds: 8 }, { kind: 'values' }]), preferences({ values: ['kindness'] }));
    fireEvent.click(button('runnerFinishNow'));
    await advance(0);
    const entries = await storedEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ exercise: 'fixture-practice', finished: false });
    expect(entries[0]?.values).toBeUndefined();
  });
});
