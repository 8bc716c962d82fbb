import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exerciseById } from '../../src/core/exercises';
import { PausePage } from '../../src/pause/pause-page';
import { readLocale } from '../helpers/messages';

const english = readLocale('en');
const say = (key: string) => english[key]?.message ?? '';
const stepText = () => document.querySelector('.runner-progress__text')?.textContent;

// The exercises' content may change; these tests follow it.
const touch = exerciseById('soothing-touch')!;
const touchStep = touch.steps.findIndex((step) => step.kind === 'touch');
const coherent = exerciseById('coherent-breathing')!;
const settle = coherent.steps[0]?.kind === 'guide' ? coherent.steps[0].text : '';
const breathingStep = coherent.steps.findIndex((step) => step.kind === 'breathing');

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

function openAt(url: string) {
  window.history.replaceState(null, '', url);
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  openAt('/');
});

describe('PausePage with an exercise', () => {
  it('runs the exercise it is asked for, from the step it was popped out on', async () => {
    openAt(`/pause.html?exercise=soothing-touch&step=${touchStep}`);
    render(<PausePage />);
    await advance(0);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(say(touch.title));
    expect(document.title).toBe(say(touch.title));
    // Its settling line leads into the touch, so the practice is one step and shows no count.
    expect(stepText()).toBeUndefined();
    expect(screen.getByText(say('touchIntro'))).toBeTruthy();
    // Pop out is the popup's; here the exercise is already in its own window.
    expect(screen.queryByRole('button', { name: say('runnerPopOut') })).toBeNull();
  });

  it('runs the breathing of coherent breathing from its first step', async () => {
    openAt('/pause.html?exercise=coherent-breathing&step=0');
    render(<PausePage />);
    await advance(0);
    expect(screen.getByText(say(settle))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: say('runnerBegin') }));
    await advance(0);
    expect(document.querySelector('.breathing-pacer__cue')?.textContent).toBe('Breathe in');
  });

  it('uses the breathing length chosen in Options', async () => {
    const { fakeBrowser } = await import('@webext-core/fake-browser');
    await fakeBrowser.storage.sync.set({ 'exercises.breathingMinutes': 2 });
    openAt(`/pause.html?exercise=coherent-breathing&step=${breathingStep}`);
    render(<PausePage />);
    // The runner starts once preferences are read.
    await advance(0);
    await advance(120_800);
    expect(document.querySelector('.breathing-pacer')).toBeTruthy();
    await advance(400);
    expect(screen.getByRole('status').textContent).toBe(say(coherent.closing));
  });

  it('starts with what was picked and written in the popup, as the worker kept it', async () => {
    const { fakeBrowser } = await import('@webext-core/fake-browser');
    const answers = { quadrant: 'pleasant-low', emotions: ['calm', 'made-up'], notes: { 'makes-sense': { text: 'A long week.', keep: true } }, pickedValues: [] };
    await fakeBrowser.storage.session.set({ poppedOutAnswers: { exercise: 'name-it', answers } });
    openAt('/pause.html?exercise=name-it&step=1');
    render(<PausePage />);
    await advance(0);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: say('quadrantPleasantLow') }).checked).toBe(true);
    expect(screen.getAllByRole('button', { pressed: true }).map((button) => button.textContent)).toEqual([say('emotionCalm')]);
    fireEvent.click(screen.getByRole('button', { name: say('runnerContinue') }));
    expect(screen.getByRole<HTMLTextAreaElement>('textbox').value).toBe('A long week.');
  });

  it('after naming anxious, Another practice offers grounding first; after naming calm, the usual first of each practice', async () => {
    const { fakeBrowser } = await import('@webext-core/fake-browser');
    const listed = async (emotions: string[], quadrant: string) => {
      await fakeBrowser.storage.session.set({ poppedOutAnswers: { exercise: 'name-it', answers: { quadrant, emotions, notes: {}, pickedValues: [] } } });
      openAt('/pause.html?exercise=name-it&step=1');
      const { unmount } = render(<PausePage />);
      await advance(0);
      fireEvent.click(screen.getByRole('button', { name: say('runnerFinishNow') }));
      await advance(0);
      fireEvent.click(screen.getByRole('button', { name: say('pauseAnotherPractice') }));
      const titles = [...document.querySelectorAll('.pause-next__list button')].map((button) => button.textContent);
      unmount();
      return titles;
    };
    expect(await listed(['anxious'], 'unpleasant-high')).toEqual(['Ground yourself', 'Allow it', 'Self-compassion break', 'Values compass']);
    expect(await listed(['calm'], 'pleasant-low')).toEqual(['Even breathing', 'Allow it', 'Self-compassion break', 'Values compass']);
  });

  it('closes the window with Esc, once', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    openAt('/pause.html?exercise=name-it&step=1');
    render(<PausePage />);
    await advance(0);
    fireEvent.keyDown(screen.getByRole('radio', { name: say('quadrantPleasantHigh') }), { key: 'Escape' });
    expect(close).toHaveBeenCalledOnce();
  });

  it('closes the window from the closing screen', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    openAt('/pause.html?exercise=soothing-touch&step=1');
    render(<PausePage />);
    await advance(0);
    fireEvent.click(screen.getByRole('button', { name: say('runnerFinishNow') }));
    await advance(0);
    fireEvent.click(screen.getByRole('button', { name: say('runnerClose') }));
    expect(close).toHaveBeenCalledOnce();
  });

  it('keeps the one-minute breathing pause for an unknown exercise, or a step out of range', async () => {
    openAt('/pause.html?exercise=not-an-exercise&step=1');
    const { unmount } = render(<PausePage />);
    await advance(0);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(say('pauseTitle'));
    unmount();
    openAt('/pause.html?exercise=soothing-touch&step=99');
    render(<PausePage />);
    await advance(0);
    expect(screen.getByText(say('touchIntro'))).toBeTruthy();
  });
});
