import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExerciseRunner, type ExerciseRunnerProps } from '../../../src/ui/runner/exercise-runner';
import type { RunnerAnswers } from '../../../src/ui/runner/runner-answers';
import { exercise, fixtureWords, preferences, say, timedPractice } from './runner-fixtures';

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

function renderRunner(props: Partial<ExerciseRunnerProps> = {}) {
  const onClose = vi.fn();
  const view = render(<ExerciseRunner exercise={timedPractice} preferences={preferences()} onClose={onClose} {...props} />);
  return { ...view, onClose };
}

const stepText = () => document.querySelector('.runner-progress__text')?.textContent;
const bar = () => screen.getByRole('progressbar');
const button = (key: string) => screen.getByRole('button', { name: say(key) });
const announced = () => document.querySelector('.runner > [aria-live="polite"]')?.textContent;

/** Stands in for the system setting; jsdom has no matchMedia of its own. */
function systemReducesMotion() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.includes('prefers-reduced-motion: reduce'),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('ExerciseRunner', () => {
  it('shows the title as a heading, the first step, and where it is: "Step 1 of 3"', async () => {
    renderRunner();
    await advance(0);
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).toBe(say('exCoherentTitle'));
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(say('exCoherentSettle'))).toBeTruthy();
    expect(stepText()).toBe('Step 1 of 3');
    expect(bar().getAttribute('aria-valuetext')).toBe('Step 1 of 3');
    expect(bar().getAttribute('aria-valuenow')).toBe('0');
    expect(bar().getAttribute('aria-valuemin')).toBe('0');
    expect(bar().getAttribute('aria-valuemax')).toBe('100');
  });

  it('uses the heading level it is given', () => {
    renderRunner({ headingLevel: 1 });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(say('exCoherentTitle'));
  });

  it('moves on from a guide step after its seconds, and from breathing after its session', async () => {
    renderRunner();
    await advance(7_800);
    expect(stepText()).toBe('Step 1 of 3');
    expect(screen.getByText(say('runnerTimeLeft', '0:01'))).toBeTruthy();
    await advance(200);
    expect(stepText()).toBe('Step 2 of 3');
    expect(document.querySelector('.breathing-pacer')).toBeTruthy();
    expect(document.querySelector('.breathing-pacer__cue')?.textContent).toBe('Breathe in');
    // One minute of even breathing rounds to five whole breaths: 55 seconds.
    await advance(54_800);
    expect(stepText()).toBe('Step 2 of 3');
    await advance(200);
    expect(stepText()).toBe('Step 3 of 3');
    expect(screen.getByText(say('touchIntro'))).toBeTruthy();
  });

  it('breathes for as long as the person chose in Options', async () => {
    renderRunner({ preferences: preferences({ exercises: { breathingMinutes: 2 } }), startStep: 1 });
    // Two minutes rounds to eleven breaths of eleven seconds.
    await advance(120_800);
    expect(stepText()).toBe('Step 2 of 3');
    await advance(200);
    expect(stepText()).toBe('Step 3 of 3');
  });

  it('pausing stops the clock; resuming carries on from there', async () => {
    renderRunner();
    await advance(3_000);
    fireEvent.click(button('runnerPause'));
    await advance(30_000);
    expect(stepText()).toBe('Step 1 of 3');
    expect(screen.getByText(say('runnerPausedTimeLeft', '0:05'))).toBeTruthy();
    fireEvent.click(button('runnerResume'));
    await advance(0);
    expect(screen.getByText(say('runnerTimeLeft', '0:05'))).toBeTruthy();
    await advance(5_000);
    expect(stepText()).toBe('Step 2 of 3');
  });

  it('pauses the breathing pacer too', async () => {
    renderRunner({ startStep: 1 });
    await advance(2_000);
    fireEvent.click(button('runnerPause'));
    await advance(10_000);
    expect(document.querySelector('.breathing-pacer__cue')?.textContent).toBe('Paused');
    expect(document.querySelector('.breathing-pacer__count')?.textContent).toBe('4');
  });

  it('moves on from a timed step before its time with a quiet Next; the last offers Finish now instead', async () => {
    renderRunner();
    expect(button('runnerNext').classList.contains('quiet')).toBe(true);
    fireEvent.click(button('runnerNext'));
    await advance(0);
    expect(stepText()).toBe('Step 2 of 3');
    fireEvent.click(button('runnerNext'));
    await advance(0);
    expect(stepText()).toBe('Step 3 of 3');
    expect(screen.queryByRole('button', { name: say('runnerNext') })).toBeNull();
    expect(button('runnerFinishNow')).toBeTruthy();
  });

  it('box breathing is a square by default, and its closing says what was done with the holds on or off', async () => {
    const box = exercise([{ kind: 'breathing', pattern: 'box', minutes: { min: 1, max: 1 } }], 'box-breathing');
    const boxWithClosings = { ...box, closing: 'exBoxClosing', closingWithoutHolds: 'exBoxClosingWithoutHolds' };
    expect(preferences().exercises.breathingHolds).toBe(true);
    const first = renderRunner({ exercise: boxWithClosings });
    await advance(2 * 60_000);
    expect(screen.getByRole('status').textContent).toBe(say('exBoxClosing'));
    first.unmount();
    renderRunner({ exercise: boxWithClosings, preferences: preferences({ exercises: { breathingHolds: false } }) });
    await advance(2 * 60_000);
    expect(screen.getByRole('status').textContent).toBe(say('exBoxClosingWithoutHolds'));
  });

  it('finishing now is welcome: a kind closing line, with focus on Close', async () => {
    const { onClose } = renderRunner();
    await advance(2_000);
    fireEvent.click(button('runnerFinishNow'));
    await advance(0);
    // Its own line, not the closing of the whole practice.
    expect(screen.getByRole('status').textContent).toBe(`${say('runnerEndedEarly')} ${say('runnerEndedEarlyKind')}`);
    expect(screen.getByRole('status').textContent).not.toContain(say('exCoherentClosing'));
    expect(screen.queryByRole('progressbar')).toBeNull();
    const close = button('runnerClose');
    expect(document.activeElement).toBe(close);
    fireEvent.click(close);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('ends by itself after the last step, with the closing line alone', async () => {
    renderRunner();
    await advance(8_000 + 55_000 + 20_000);
    expect(screen.getByRole('status').textContent).toBe(say('exCoherentClosing'));
  });

  it('Esc closes, mid-step or at the end', async () => {
    const { onClose } = renderRunner();
    await advance(1_000);
    fireEvent.keyDown(button('runnerPause'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('fills the progress bar with each step, smoothly unless less motion is asked for', async () => {
    const { unmount } = renderRunner();
    await advance(4_000);
    // Halfway through the first of three steps.
    expect(bar().getAttribute('aria-valuenow')).toBe('17');
    unmount();
    renderRunner({ preferences: preferences({ exercises: { motion: 'reduce' } }) });
    await advance(4_000);
    expect(bar().getAttribute('aria-valuenow')).toBe('0');
    await advance(4_000);
    expect(bar().getAttribute('aria-valuenow')).toBe('33');
  });

  it('keeps the pacer still when the person chose less motion', async () => {
    renderRunner({ preferences: preferences({ exercises: { motion: 'reduce' } }), startStep: 1 });
    await advance(1_000);
    const circle = document.querySelector<HTMLElement>('.breathing-pacer__circle');
    expect(document.querySelector('.breathing-pacer--still')).toBeTruthy();
    expect(circle?.style.transform).toBe('');
    expect(circle?.style.transition).not.toMatch(/transform/);
  });

  it('keeps the pacer still when the system asks for reduced motion', async () => {
    systemReducesMotion();
    renderRunner({ startStep: 1 });
    await advance(1_000);
    expect(document.querySelector('.breathing-pacer--still')).toBeTruthy();
    expect(document.querySelector<HTMLElement>('.breathing-pacer__circle')?.style.transform).toBe('');
  });

  it("shows a breathing step's note, such as 4-7-8's light-headedness note", async () => {
    const practice = exercise([{ kind: 'breathing', pattern: '4-7-8', note: 'exFourSevenEightNote' }]);
    renderRunner({ exercise: practice });
    await advance(0);
    expect(screen.getByText(say('exFourSevenEightNote'))).toBeTruthy();
  });

  it("waits at a step done at one's own pace, and focus moves into it: the note's box, not a button below", async () => {
    const practice = exercise([
      { kind: 'dwell', text: 'exCoherentSettle', seconds: 8 },
      { kind: 'reflect', prompt: 'exFriendCheckPrompt', placeholder: 'exFriendCheckPlaceholder', noteId: 'friend' },
      { kind: 'touch', seconds: 20 },
    ]);
    renderRunner({ exercise: practice });
    button('runnerPause').focus();
    await advance(8_000);
    expect(stepText()).toBe('Step 2 of 3');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: say('exFriendCheckPrompt') }));
    await advance(10 * 60_000);
    expect(stepText()).toBe('Step 2 of 3');
    fireEvent.click(button('runnerContinue'));
    await advance(0);
    expect(stepText()).toBe('Step 3 of 3');
    expect(document.activeElement).toBe(button('runnerPause'));
  });

  it('tells screen readers each new step once, not every second', async () => {
    renderRunner();
    await advance(1_000);
    expect(announced()).toBe('');
    await advance(7_000);
    expect(announced()).toBe(say('runnerStepAnnouncement', '2', '3', say('runnerBreathingSummary')));
    expect(announced()).not.toMatch(/sec/);
  });

  it('offers "Pop out" only when the page can, with the step showing now', async () => {
    const { unmount } = renderRunner();
    expect(screen.queryByRole('button', { name: say('runnerPopOut') })).toBeNull();
    unmount();
    const onPopOut = vi.fn();
    renderRunner({ onPopOut });
    await advance(8_000);
    fireEvent.click(button('runnerPopOut'));
    expect(onPopOut).toHaveBeenCalledWith(1, { emotions: [], notes: {}, pickedValues: [] });
  });

  it('pops out with what was picked and written, and a popped-out run starts with it', async () => {
    const picking = exercise([{ kind: 'name-emotion' }, { kind: 'reflect', prompt: 'exNameItMakesSensePrompt', placeholder: 'exNameItMakesSensePlaceholder', noteId: 'makes-sense' }]);
    const onPopOut = vi.fn();
    const { unmount } = renderRunner({ exercise: picking, emotionWords: fixtureWords, onPopOut });
    fireEvent.click(screen.getByRole('radio', { name: say('quadrantPleasantLow') }));
    fireEvent.click(screen.getByRole('button', { name: say('emotionCalm') }));
    fireEvent.click(button('runnerContinue'));
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'A long week.' } });
    fireEvent.click(button('runnerPopOut'));
    const [step, answers] = onPopOut.mock.calls[0] as [number, RunnerAnswers];
    expect(step).toBe(1);
    expect(answers).toMatchObject({ quadrant: 'pleasant-low', emotions: ['calm'], notes: { 'makes-sense': { text: 'A long week.' } } });
    unmount();

    renderRunner({ exercise: picking, emotionWords: fixtureWords, startAnswers: answers });
    expect(screen.getByRole<HTMLInputElement>('radio', { name: say('quadrantPleasantLow') }).checked).toBe(true);
    expect(screen.getByRole('button', { name: say('emotionCalm') }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(button('runnerContinue'));
    expect(screen.getByRole<HTMLTextAreaElement>('textbox').value).toBe('A long week.');
  });

  it('starts a popped-out exercise on its step', async () => {
    renderRunner({ startStep: 2 });
    await advance(0);
    expect(stepText()).toBe('Step 3 of 3');
  });

  it('offers a moment of soothing touch at the end, which ends by itself', async () => {
    renderRunner({ exercise: exercise([{ kind: 'dwell', text: 'exCoherentSettle', seconds: 8 }]) });
    await advance(8_000);
    fireEvent.click(button('runnerTouchOffer'));
    await advance(0);
    expect(screen.getByText(say('touchHeart'))).toBeTruthy();
    // The offer is gone; focus is on the way out of the moment, not lost to the page.
    expect(document.activeElement).toBe(button('runnerDone'));
    await advance(30_000);
    expect(document.activeElement).toBe(button('runnerClose'));
    expect(screen.queryByRole('button', { name: say('runnerTouchOffer') })).toBeNull();
  });

  it('stops its timers once closed', async () => {
    const { unmount } = renderRunner({ startStep: 1 });
    await advance(1_000);
    unmount();
    await advance(1_000);
    expect(vi.getTimerCount()).toBe(0);
  });
});
