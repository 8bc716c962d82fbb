// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exercises } from '../../src/core/exercises';
import type { Exercise, ExerciseStep } from '../../src/core/exercises/types';
import {
  breathingMinutesFor,
  exerciseLength,
  finishEarly,
  msLeftInStep,
  next,
  pause,
  resume,
  runnerProgress,
  runnerReducer,
  skipStep,
  startAt,
  startRunner,
  stepActions,
  stepDurationMs,
  stepNumbers,
  tick,
  type RunnerEvent,
  type RunnerSettings,
  type RunnerState,
} from '../../src/core/runner';

const settings: RunnerSettings = { breathingMinutes: 1, holds: false };

function exercise(steps: ExerciseStep[]): Exercise {
  return { id: 'fixture', practice: 'mindfulness', title: 't', summary: 's', closing: 'c', steps };
}

/** A line held 8 s, one minute of even breathing (55 s), a reflection that waits, touch 20 s. */
const mixed = exercise([
  { kind: 'dwell', text: 'a', seconds: 8 },
  { kind: 'breathing', pattern: 'coherent', minutes: { min: 1, max: 5 } },
  { kind: 'reflect', prompt: 'p', placeholder: 'h', noteId: 'friend' },
  { kind: 'touch', seconds: 20 },
]);

const anyStep: fc.Arbitrary<ExerciseStep> = fc.oneof(
  fc.record({ kind: fc.constant('dwell' as const), text: fc.constant('x'), seconds: fc.integer({ min: 0, max: 120 }) }),
  fc.constant({ kind: 'guide' as const, text: 'x' }),
  fc.constant({ kind: 'guide' as const, text: 'x', intro: true as const }),
  fc.record({ kind: fc.constant('touch' as const), seconds: fc.integer({ min: 0, max: 90 }) }),
  fc.record({ kind: fc.constant('breathing' as const), pattern: fc.constantFrom('coherent', 'cyclic-sigh', 'box', '4-7-8') }),
  fc.constant({ kind: 'name-emotion' as const }),
  fc.constant({ kind: 'values' as const }),
);
const anyExercise = fc.array(anyStep, { minLength: 1, maxLength: 8 }).map(exercise);
const anySettings = fc.record({ breathingMinutes: fc.integer({ min: 1, max: 5 }), holds: fc.boolean() });
const anyEvent: fc.Arbitrary<RunnerEvent> = fc.oneof(
  fc.record({ type: fc.constant('tick' as const), ms: fc.oneof(fc.integer({ min: 0, max: 400_000 }), fc.double()) }),
  fc.constantFrom<RunnerEvent>({ type: 'pause' }, { type: 'resume' }, { type: 'skip-step' }, { type: 'next' }, { type: 'finish-early' }),
  fc.record({ type: fc.constant('start-at' as const), step: fc.integer({ min: -3, max: 12 }) }),
);

const run = (state: RunnerState, events: RunnerEvent[]) => events.reduce(runnerReducer, state);

describe('runner steps and lengths', () => {
  it('held lines and touch last their seconds; breathing its whole breaths; the rest wait for the person', () => {
    expect(mixed.steps.map((step) => stepDurationMs(step, settings))).toEqual([8_000, 55_000, null, 20_000]);
    expect(exerciseLength(mixed, settings)).toEqual({ timedMs: 83_000, waitingSteps: 1 });
  });

  it("breathes for the person's chosen minutes, within the step's own range", () => {
    const breathing = { kind: 'breathing', pattern: 'coherent', minutes: { min: 1, max: 3 } } as const;
    expect(breathingMinutesFor(breathing, { breathingMinutes: 2, holds: false })).toBe(2);
    expect(breathingMinutesFor(breathing, { breathingMinutes: 5, holds: false })).toBe(3);
    expect(breathingMinutesFor({ kind: 'breathing', pattern: 'coherent' }, { breathingMinutes: 4, holds: false })).toBe(4);
    expect(stepDurationMs(breathing, { breathingMinutes: 3, holds: false })).toBe(176_000);
  });

  it('rounds to whole breaths, with or without holds; 4-7-8 stays at four rounds', () => {
    const box = { kind: 'breathing', pattern: 'box' } as const;
    expect(stepDurationMs(box, { breathingMinutes: 2, holds: true })).toBe(8 * 16_000);
    expect(stepDurationMs(box, { breathingMinutes: 2, holds: false })).toBe(15 * 8_000);
    expect(stepDurationMs({ kind: 'breathing', pattern: '4-7-8' }, { breathingMinutes: 5, holds: true })).toBe(76_000);
  });
});

describe('runner timing', () => {
  it('moves on from a guide step after its seconds, and from breathing after the session', () => {
    let state = startRunner(mixed, settings);
    state = tick(state, 7_999);
    expect(state.step).toBe(0);
    state = tick(state, 1);
    expect(state).toMatchObject({ step: 1, stepMs: 0 });
    state = tick(state, 54_999);
    expect(state.step).toBe(1);
    state = tick(state, 1);
    expect(state.step).toBe(2);
  });

  it('waits at a reflection for as long as it takes, until Continue', () => {
    let state = startAt(startRunner(mixed, settings), 2);
    state = tick(state, 10 * 60_000);
    expect(state).toMatchObject({ step: 2, stepMs: 600_000, finished: false });
    state = next(state);
    expect(state).toMatchObject({ step: 3, stepMs: 0 });
  });

  it('carries a late tick into the following steps, and finishes after the last', () => {
    const timed = exercise([
      { kind: 'dwell', text: 'a', seconds: 2 },
      { kind: 'touch', seconds: 3 },
    ]);
    expect(tick(startRunner(timed, settings), 2_500)).toMatchObject({ step: 1, stepMs: 500 });
    const done = tick(startRunner(timed, settings), 60_000);
    expect(done).toMatchObject({ step: 1, finished: true, endedEarly: false, elapsedMs: 5_000 });
  });

  it('pausing stops time; resuming carries on from there', () => {
    let state = tick(startRunner(mixed, settings), 3_000);
    state = tick(pause(state), 30_000);
    expect(state).toMatchObject({ step: 0, stepMs: 3_000, elapsedMs: 3_000, paused: true });
    state = tick(resume(state), 1_000);
    expect(state).toMatchObject({ stepMs: 4_000, paused: false });
  });

  it('skipping a step moves to the next and lifts a pause', () => {
    const state = skipStep(pause(tick(startRunner(mixed, settings), 3_000)));
    expect(state).toMatchObject({ step: 1, stepMs: 0, paused: false, elapsedMs: 3_000 });
  });

  it('finishing early ends here, and says so neutrally', () => {
    const state = finishEarly(tick(startRunner(mixed, settings), 20_000));
    expect(state).toMatchObject({ finished: true, endedEarly: true, step: 1, elapsedMs: 20_000 });
    expect(finishEarly(skipStep(skipStep(skipStep(skipStep(startRunner(mixed, settings))))))).toMatchObject({ endedEarly: false });
  });

  it('starts a popped-out exercise at its step, clamped to the steps there are', () => {
    expect(startRunner(mixed, settings, 2)).toMatchObject({ step: 2, stepMs: 0, finished: false });
    expect(startRunner(mixed, settings, 40).step).toBe(3);
    expect(startRunner(mixed, settings, -1).step).toBe(0);
    expect(startRunner(mixed, settings, Number.NaN).step).toBe(0);
  });

  it('passes over a step with no time in it', () => {
    const practice = exercise([
      { kind: 'dwell', text: 'a', seconds: 0 },
      { kind: 'touch', seconds: 20 },
      { kind: 'dwell', text: 'b', seconds: 0 },
    ]);
    expect(startRunner(practice, settings)).toMatchObject({ step: 1, stepMs: 0, finished: false });
    expect(skipStep(startRunner(practice, settings))).toMatchObject({ step: 2, finished: true, endedEarly: false });
  });

  it('an exercise without steps is finished at once', () => {
    expect(startRunner(exercise([]), settings)).toMatchObject({ finished: true, step: 0 });
    expect(runnerProgress(startRunner(exercise([]), settings)).overall).toBe(1);
  });
});

const reading = exercise([
  { kind: 'guide', text: 'a', intro: true },
  { kind: 'breathing', pattern: 'coherent' },
  { kind: 'guide', text: 'b' },
  { kind: 'guide', text: 'c' },
]);

describe('reading steps and the controls each step offers', () => {
  it('a line to read waits for the person, however long, with no time shown', () => {
    const state = tick(startRunner(exercise([{ kind: 'guide', text: 'a' }, { kind: 'touch', seconds: 20 }]), settings), 60 * 60_000);
    expect(state).toMatchObject({ step: 0, finished: false });
    expect(msLeftInStep(state)).toBeUndefined();
    expect(next(state)).toMatchObject({ step: 1, stepMs: 0 });
  });

  it('reading says Begin first, Next after, Done last; finishing now is offered where Done is not already that', () => {
    const start = startRunner(reading, settings);
    expect(stepActions(start)).toEqual({ primary: 'begin', quietNext: false, finishNow: true });
    expect(stepActions(startAt(start, 2))).toEqual({ primary: 'next', quietNext: false, finishNow: true });
    expect(stepActions(startAt(start, 3))).toEqual({ primary: 'done', quietNext: false, finishNow: false });
  });

  it('a timed step pauses and resumes with one toggle, with a quiet Next; the last keeps Finish now', () => {
    const breathing = startAt(startRunner(reading, settings), 1);
    expect(stepActions(breathing)).toEqual({ primary: 'pause', quietNext: true, finishNow: true });
    expect(stepActions(pause(breathing))).toEqual({ primary: 'resume', quietNext: true, finishNow: true });
    const lastTimed = startRunner(exercise([{ kind: 'touch', seconds: 20 }]), settings);
    expect(stepActions(lastTimed)).toEqual({ primary: 'pause', quietNext: false, finishNow: true });
  });

  it('things to choose or write say Continue, and Done on the last', () => {
    const doing = startRunner(exercise([{ kind: 'name-emotion' }, { kind: 'reflect', prompt: 'p', placeholder: 'h', noteId: 'makes-sense' }]), settings);
    expect(stepActions(doing).primary).toBe('continue');
    expect(stepActions(next(doing)).primary).toBe('done');
  });
});

describe('step counts, as a person counts steps', () => {
  it('an intro shares the number of the step it leads into', () => {
    expect(stepNumbers(reading.steps)).toEqual([1, 1, 2, 3]);
    expect(runnerProgress(startRunner(reading, settings))).toMatchObject({ stepNumber: 1, stepCount: 3 });
    expect(runnerProgress(startAt(startRunner(reading, settings), 2))).toMatchObject({ stepNumber: 2, stepCount: 3 });
  });

  it('an intro with nothing after it counts as a step of its own', () => {
    expect(stepNumbers([{ kind: 'guide', text: 'a' }, { kind: 'guide', text: 'b', intro: true }])).toEqual([1, 2]);
  });

  it('a breathing exercise is one step, not a sentence and then the breathing', () => {
    const breathing = exercises.filter((each) => each.steps.some((step) => step.kind === 'breathing'));
    expect(breathing.length).toBeGreaterThan(0);
    for (const each of breathing) expect(runnerProgress(startRunner(each, settings)).stepCount, each.id).toBe(1);
  });

  it('numbers start at one, rise by at most one, and end at the count', () => {
    fc.assert(
      fc.property(anyExercise, (ex) => {
        const numbers = stepNumbers(ex.steps);
        expect(numbers[0]).toBe(1);
        numbers.forEach((number, index) => {
          if (index > 0) expect(number - (numbers[index - 1] ?? 0)).toBeGreaterThanOrEqual(0);
          if (index > 0) expect(number - (numbers[index - 1] ?? 0)).toBeLessThanOrEqual(1);
        });
        const leadsIn = ex.steps.filter((step, index) => step.kind === 'guide' && step.intro && index < ex.steps.length - 1).length;
        expect(numbers[numbers.length - 1]).toBe(ex.steps.length - leadsIn);
      }),
    );
  });
});

describe('runner progress', () => {
  it('counts steps from one and fills each step share as its time passes', () => {
    const state = tick(startRunner(mixed, settings), 8_000 + 27_500);
    expect(runnerProgress(state)).toEqual({ stepNumber: 2, stepCount: 4, withinStep: 0.5, overall: 1.5 / 4 });
    expect(msLeftInStep(state)).toBe(27_500);
    expect(runnerProgress(startAt(state, 2))).toMatchObject({ stepNumber: 3, withinStep: 0, overall: 0.5 });
    expect(msLeftInStep(startAt(state, 2))).toBeUndefined();
    expect(runnerProgress(finishEarly(state)).overall).toBe(1);
  });
});

describe('runner properties', () => {
  it('stays finite however far the clock jumps', () => {
    const ex = exercise([{ kind: 'name-emotion' }]);
    const state = tick(tick(startRunner(ex, { breathingMinutes: 1, holds: false }), 2.69e293), Number.MAX_VALUE);
    expect(Number.isFinite(state.elapsedMs)).toBe(true);
  });

  it('never goes negative, never past the last step, and progress stays within 0..1', () => {
    fc.assert(
      fc.property(anyExercise, anySettings, fc.array(anyEvent, { maxLength: 40 }), (ex, chosen, events) => {
        let state = startRunner(ex, chosen);
        for (const event of events) {
          state = runnerReducer(state, event);
          expect(state.step).toBeGreaterThanOrEqual(0);
          expect(state.step).toBeLessThan(ex.steps.length);
          expect(state.stepMs).toBeGreaterThanOrEqual(0);
          expect(state.elapsedMs).toBeGreaterThanOrEqual(0);
          expect(Number.isFinite(state.elapsedMs)).toBe(true);
          const progress = runnerProgress(state);
          expect(progress.overall).toBeGreaterThanOrEqual(0);
          expect(progress.overall).toBeLessThanOrEqual(1);
          expect(progress.stepNumber).toBeLessThanOrEqual(progress.stepCount);
        }
      }),
    );
  });

  it('pausing stops time: ticks while paused change nothing', () => {
    fc.assert(
      fc.property(anyExercise, anySettings, fc.array(anyEvent), fc.array(fc.nat(), { maxLength: 10 }), (ex, chosen, before, ticks) => {
        const paused = pause(run(startRunner(ex, chosen), before));
        expect(ticks.reduce(tick, paused)).toEqual(paused);
      }),
    );
  });

  it('skipping every step finishes, not early', () => {
    fc.assert(
      fc.property(anyExercise, anySettings, (ex, chosen) => {
        let state = startRunner(ex, chosen);
        let skips = 0;
        while (!state.finished && skips <= ex.steps.length) {
          state = skipStep(state);
          skips++;
        }
        expect(skips).toBeLessThanOrEqual(ex.steps.length);
        expect(state).toMatchObject({ finished: true, endedEarly: false });
      }),
    );
  });

  it('finishing early always marks the run as ended early, once; nothing moves after finishing', () => {
    fc.assert(
      fc.property(anyExercise, anySettings, fc.array(anyEvent.filter((e) => e.type !== 'start-at')), (ex, chosen, after) => {
        const start = startRunner(ex, chosen);
        fc.pre(!start.finished);
        const state = finishEarly(start);
        expect(state).toMatchObject({ finished: true, endedEarly: true });
        expect(run(state, after)).toEqual(state);
      }),
    );
  });

  it('no step to read or do moves on by itself, whatever time passes; every timed step does', () => {
    fc.assert(
      fc.property(anyExercise, anySettings, fc.array(anyEvent, { maxLength: 20 }), fc.nat({ max: 10 * 60_000 }), (ex, chosen, before, ms) => {
        const state = run(startRunner(ex, chosen), before);
        fc.pre(!state.finished && !state.paused);
        const after = tick(state, ms);
        const duration = state.durations[state.step];
        if (duration === null) expect(after.step).toBe(state.step);
        else if (state.stepMs + ms >= (duration ?? 0)) expect(after.step > state.step || after.finished).toBe(true);
        expect(stepActions(state).primary === 'pause').toBe(duration !== null);
      }),
    );
  });

  it('time is additive: one long tick lands where many short ones do', () => {
    fc.assert(
      fc.property(anyExercise, anySettings, fc.array(fc.integer({ min: 0, max: 30_000 }), { maxLength: 30 }), (ex, chosen, ticks) => {
        const start = startRunner(ex, chosen);
        const total = ticks.reduce((sum, ms) => sum + ms, 0);
        expect(ticks.reduce(tick, start)).toEqual(tick(start, total));
      }),
    );
  });

  it('a run of timed steps finishes by itself after their total length', () => {
    fc.assert(
      fc.property(anyExercise, anySettings, (ex, chosen) => {
        const timed = exercise(ex.steps.filter((step) => ['dwell', 'touch', 'breathing'].includes(step.kind)));
        fc.pre(timed.steps.length > 0);
        const { timedMs } = exerciseLength(timed, chosen);
        const start = startRunner(timed, chosen);
        if (timedMs > 0) expect(tick(start, timedMs - 1).finished).toBe(false);
        expect(tick(start, timedMs)).toMatchObject({ finished: true, endedEarly: false, elapsedMs: timedMs });
      }),
    );
  });
});
