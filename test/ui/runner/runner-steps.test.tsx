import { act, render, screen } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExerciseRunner, type ExerciseRunnerProps } from '../../../src/ui/runner/exercise-runner';
import { exercise, fixtureWords, preferences, readingPractice, say } from './runner-fixtures';

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

function renderRunner(props: Partial<ExerciseRunnerProps> = {}) {
  const onClose = vi.fn();
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const view = render(
    <ExerciseRunner exercise={readingPractice} preferences={preferences()} onClose={onClose} emotionWords={fixtureWords} {...props} />,
  );
  return { ...view, onClose, user };
}

const stepText = () => document.querySelector('.runner-progress__text')?.textContent;
const button = (key: string) => screen.getByRole('button', { name: say(key) });
const noButton = (key: string) => screen.queryByRole('button', { name: say(key) });
const timeShown = () => document.querySelector('.runner-timer')?.textContent;
const announced = () => document.querySelector('.runner > [aria-live="polite"]')?.textContent;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('lines to read', () => {
  it('show a step\'s quieter aside under its line, and only on that step', async () => {
    const { user } = renderRunner({ exercise: exercise([{ kind: 'guide', text: 'exFriendCheckSituation', aside: 'exGentleWayOut' }, { kind: 'guide', text: 'exFriendCheckFriend' }]) });
    expect(screen.getByText(say('exGentleWayOut')).closest('.runner-step')?.textContent).toContain(say('exFriendCheckSituation'));
    await user.click(screen.getAllByRole('button').find((each) => /^(Begin|Next)$/.test(each.textContent ?? '')) as HTMLElement);
    expect(screen.getByText(say('exFriendCheckFriend'))).toBeTruthy();
    expect(screen.queryByText(say('exGentleWayOut'))).toBeNull();
  });

  it('wait for the person, with no countdown and no Pause: Begin, then Next, then Done', async () => {
    renderRunner();
    await advance(10 * 60_000);
    expect(screen.getByText(say('exFriendCheckSituation'))).toBeTruthy();
    expect(timeShown()).toBeUndefined();
    expect(noButton('runnerPause')).toBeNull();
    expect(button('runnerBegin').classList.contains('quiet')).toBe(false);
    expect(button('runnerFinishNow')).toBeTruthy();
    await act(() => button('runnerBegin').click());
    expect(screen.getByText(say('exFriendCheckFriend'))).toBeTruthy();
    await act(() => button('runnerNext').click());
    expect(screen.getByText(say('exFriendCheckTurn'))).toBeTruthy();
    // Done is the end here; a second way to end would only ask which one to press.
    expect(noButton('runnerFinishNow')).toBeNull();
    await act(() => button('runnerDone').click());
    expect(screen.getByRole('status').textContent).toBe(say('exCoherentClosing'));
  });

  it('count an intro with the step it leads into: three lines are two steps', async () => {
    renderRunner();
    await advance(0);
    expect(stepText()).toBe('Step 1 of 2');
    await act(() => button('runnerBegin').click());
    expect(stepText()).toBe('Step 1 of 2');
    await act(() => button('runnerNext').click());
    expect(stepText()).toBe('Step 2 of 2');
    expect(announced()).toBe(say('runnerStepAnnouncement', '2', '2', say('exFriendCheckTurn')));
  });

  it('run by keyboard alone, Enter after Enter, focus always on the way on', async () => {
    const { user } = renderRunner();
    await advance(0);
    await user.tab();
    expect(document.activeElement).toBe(button('runnerBegin'));
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(button('runnerNext'));
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(button('runnerDone'));
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(button('runnerClose'));
  });
});

describe('timed steps', () => {
  const settleThenBreathe = exercise([
    { kind: 'guide', text: 'exCoherentSettle', intro: true },
    { kind: 'breathing', pattern: 'coherent', minutes: { min: 1, max: 5 } },
  ]);

  it('a breathing practice is one step: no "Step 1 of 2" for a sentence, and only its words announced', async () => {
    renderRunner({ exercise: settleThenBreathe });
    await advance(0);
    expect(stepText()).toBeUndefined();
    await act(() => button('runnerBegin').click());
    expect(stepText()).toBeUndefined();
    expect(announced()).toBe(say('runnerBreathingSummary'));
  });

  it('show the time left, pause and resume with one toggle, and move on by themselves', async () => {
    const { user } = renderRunner({ exercise: settleThenBreathe });
    await user.click(button('runnerBegin'));
    // One minute of even breathing is five breaths of eleven seconds.
    expect(timeShown()).toBe(say('runnerTimeLeft', '0:55'));
    expect(document.activeElement).toBe(button('runnerPause'));
    await advance(5_000);
    expect(timeShown()).toBe(say('runnerTimeLeft', '0:50'));
    await user.click(button('runnerPause'));
    await advance(60_000);
    expect(timeShown()).toBe(say('runnerPausedTimeLeft', '0:50'));
    expect(noButton('runnerPause')).toBeNull();
    await user.click(button('runnerResume'));
    await advance(50_000);
    expect(screen.getByRole('status').textContent).toBe(say('exCoherentClosing'));
  });
});

describe('focus as the steps change', () => {
  const nameIt = exercise([
    { kind: 'name-emotion' },
    { kind: 'reflect', prompt: 'exNameItMakesSensePrompt', placeholder: 'exNameItMakesSensePlaceholder', noteId: 'makes-sense' },
  ]);

  it('after Continue in Name it, goes to the note that appeared, not Done below it', async () => {
    const { user } = renderRunner({ exercise: nameIt });
    await user.click(screen.getByRole('radio', { name: say('quadrantPleasantLow') }));
    await user.click(screen.getByRole('button', { name: say('emotionCalm') }));
    await user.click(button('runnerContinue'));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: say('exNameItMakesSensePrompt') }));
  });

  it('goes to the first choice of a step that has choices', async () => {
    const { user } = renderRunner({ exercise: exercise([{ kind: 'guide', text: 'exNameItIntro', intro: true }, ...nameIt.steps]) });
    await user.click(button('runnerBegin'));
    expect(document.activeElement).toBe(screen.getAllByRole('radio')[0]);
  });

  it('Esc and Close both leave', async () => {
    const { user, onClose } = renderRunner();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(button('runnerFinishNow'));
    await user.click(button('runnerClose'));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});

describe('what cannot be pressed', () => {
  it('soothing touch offers its gestures as words in a list, not as buttons', async () => {
    renderRunner({ exercise: exercise([{ kind: 'touch', seconds: 30 }]) });
    await advance(0);
    const ways = screen.getByRole('list', { name: say('touchWaysLabel') });
    expect([...ways.querySelectorAll('li')].map((item) => item.textContent)).toEqual(
      ['touchHeart', 'touchCheek', 'touchHug', 'touchBelly'].map((key) => say(key)),
    );
    expect(document.querySelector('.runner__step button, .runner__step [role="button"]')).toBeNull();
  });
});
