import { fakeBrowser } from '@webext-core/fake-browser';
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Exercise } from '../../../src/core/exercises/types';
import { journalEntries, type JournalEntry } from '../../../src/core/journal';
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
    { kind: 'guide', text: 'exNameItIntro', seconds: 10 },
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
    renderRunner(exercise([{ kind: 'guide', text: 'exCoherentSettle', seconds: 8 }, { kind: 'touch', seconds: 20 }]));
    await advance(28_000);
    await advance(60_000);
    expect(await storedEntries()).toEqual([{ exercise: 'fixture-practice', at: START, seconds: 28, finished: true }]);
    expect(screen.getByText(say('runnerSavedInJournal'))).toBeTruthy();
  });

  it('is written when ending early too, neutrally, counting only the time it ran', async () => {
    renderRunner(exercise([{ kind: 'guide', text: 'exCoherentSettle', seconds: 8 }, { kind: 'touch', seconds: 20 }]));
    await advance(3_000);
    fireEvent.click(button('runnerPause'));
    await advance(60_000);
    fireEvent.click(button('runnerResume'));
    await advance(2_000);
    fireEvent.click(button('runnerFinishNow'));
    await advance(0);
    expect(await storedEntries()).toEqual([{ exercise: 'fixture-practice', at: START, seconds: 5, finished: false }]);
  });

  it('leaves a note out unless "Keep this note" is ticked', async () => {
    renderRunner(reflection, preferences());
    fireEvent.click(button('runnerSkipStep'));
    await advance(0);
    const note = screen.getByRole('textbox', { name: say('exFriendCheckPrompt') });
    fireEvent.input(note, { target: { value: 'You did what you could with what you knew.' } });
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: say('reflectKeepNote') }).checked).toBe(false);
    await advance(4_000);
    fireEvent.click(button('runnerDone'));
    await advance(0);
    const [entry] = await storedEntries();
    expect(entry).toMatchObject({ exercise: 'friend-fixture', seconds: 4, finished: true });
    expect(entry?.notes).toBeUndefined();
  });

  it('keeps the note when the person ticks the box', async () => {
    renderRunner(reflection);
    fireEvent.click(button('runnerSkipStep'));
    await advance(0);
    fireEvent.input(screen.getByRole('textbox'), { target: { value: '  Be gentle, it was a long day.  ' } });
    fireEvent.click(screen.getByRole('checkbox', { name: say('reflectKeepNote') }));
    fireEvent.click(button('runnerDone'));
    await advance(0);
    expect((await storedEntries())[0]?.notes).toEqual({ friend: 'Be gentle, it was a long day.' });
  });

  it('records the words picked in Name it', async () => {
    renderRunner(exercise([{ kind: 'name-emotion' }], 'name-it'));
    fireEvent.click(screen.getByRole('radio', { name: say('quadrantUnpleasantLow') }));
    fireEvent.click(await screen.findByRole('button', { name: say('emotionTired') }));
    fireEvent.click(screen.getByRole('button', { name: say('emotionSad') }));
    fireEvent.click(button('runnerDone'));
    await advance(0);
    expect((await storedEntries())[0]).toMatchObject({ exercise: 'name-it', emotions: ['tired', 'sad'], finished: true });
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
    renderRunner(exercise([{ kind: 'guide', text: 'exCoherentSettle', seconds: 8 }, { kind: 'values' }]), preferences({ values: ['kindness'] }));
    fireEvent.click(button('runnerFinishNow'));
    await advance(0);
    const entries = await storedEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ exercise: 'fixture-practice', finished: false });
    expect(entries[0]?.values).toBeUndefined();
  });
});
