import { sessionLengthMs, type BreathingOptions } from './breathing';
import type { Exercise, ExerciseStep } from './exercises/types';
import { MINUTE } from './time';

/*
 * The exercise runner as a pure function of running time: which step is showing, how long it has
 * shown, paused or not, finished or not. Pages own the clock and feed `tick` the milliseconds that
 * passed; every other change is something the person chose. Ending early is as normal as finishing.
 */

export interface RunnerSettings {
  /** The person's breathing length, 1–5 minutes; a step's own range bounds it. */
  breathingMinutes: number;
  /** False leaves out the holds a pattern marks optional. */
  holds: boolean;
}

export interface RunnerState {
  /** Milliseconds each step runs by itself; null for steps that wait for the person. */
  readonly durations: readonly (number | null)[];
  /** How each step moves on: read, done, or timed (stepPace). */
  readonly paces: readonly StepPace[];
  /** The number each step shows in "Step 2 of 3": an intro shares the number of the step it leads into. */
  readonly numbers: readonly number[];
  /** Index of the step showing; always a valid index while there are steps. */
  readonly step: number;
  /** Running time spent in this step. */
  readonly stepMs: number;
  /** Running time since the start (pauses not counted): what the journal records. */
  readonly elapsedMs: number;
  readonly paused: boolean;
  readonly finished: boolean;
  /** Finished by choice before the end. Recorded neutrally. */
  readonly endedEarly: boolean;
}


const finiteOr = (value: number, fallback: number) => (Number.isFinite(value) ? value : fallback);

type BreathingStep = Extract<ExerciseStep, { kind: 'breathing' }>;

/** Minutes for a breathing step: the person's choice, kept within the step's own range. */
export function breathingMinutesFor(step: BreathingStep, settings: RunnerSettings): number {
  const { min, max } = step.minutes ?? { min: 1, max: 5 };
  return Math.min(Math.max(finiteOr(settings.breathingMinutes, min), min), max);
}

export function breathingOptionsFor(step: BreathingStep, settings: RunnerSettings): BreathingOptions {
  return { durationMs: breathingMinutesFor(step, settings) * MINUTE, holds: settings.holds };
}

/**
 * How a step moves on. `read`: a line read at one's own pace, on with Next (Begin first, Done
 * last), never a countdown. `do`: something to choose or write, on with Continue. `timed`: the
 * time is the practice (breathing, touch, resting attention somewhere): it shows its time left,
 * pauses and resumes, and moves on by itself, with a quiet Next for whoever is ready sooner.
 */
export type StepPace = 'read' | 'do' | 'timed';

export function stepPace(step: ExerciseStep): StepPace {
  switch (step.kind) {
    case 'guide':
      return 'read';
    case 'dwell':
    case 'touch':
    case 'breathing':
      return 'timed';
    case 'reflect':
    case 'name-emotion':
    case 'values':
      return 'do';
  }
}

/** How long a step runs by itself; null when it waits for the person. */
export function stepDurationMs(step: ExerciseStep, settings: RunnerSettings): number | null {
  switch (step.kind) {
    case 'dwell':
    case 'touch':
      return Math.max(0, finiteOr(step.seconds, 0)) * 1000;
    case 'breathing':
      return sessionLengthMs(step.pattern, breathingOptionsFor(step, settings));
    case 'guide':
    case 'reflect':
    case 'name-emotion':
    case 'values':
      return null;
  }
}

/**
 * Each step's number as a person counts steps: a line that introduces the next step is part of
 * it, so a settling sentence and the breathing it leads into are one step. An intro with nothing
 * after it counts as a step of its own.
 */
export function stepNumbers(steps: readonly ExerciseStep[]): number[] {
  let counted = 0;
  return steps.map((step, index) => {
    const leadsIn = step.kind === 'guide' && step.intro === true && index < steps.length - 1;
    return leadsIn ? counted + 1 : ++counted;
  });
}

/**
 * The timed steps' total, and how many steps go at the person's own pace. (The popup's "about
 * N min" comes from exercises/length.ts, which adds a guess for those.)
 */
export function exerciseLength(exercise: Exercise, settings: RunnerSettings): { timedMs: number; waitingSteps: number } {
  const durations = exercise.steps.map((step) => stepDurationMs(step, settings));
  return {
    timedMs: durations.reduce<number>((sum, ms) => sum + (ms ?? 0), 0),
    waitingSteps: durations.filter((ms) => ms === null).length,
  };
}

const clampStep = (durations: readonly unknown[], index: number) =>
  Math.min(Math.max(Math.trunc(finiteOr(index, 0)), 0), Math.max(durations.length - 1, 0));

/** A runner at the start of `stepIndex` (0 unless the exercise was popped out mid-way). */
export function startRunner(exercise: Exercise, settings: RunnerSettings, stepIndex = 0): RunnerState {
  const durations = exercise.steps.map((step) => stepDurationMs(step, settings));
  const paces = exercise.steps.map(stepPace);
  const numbers = stepNumbers(exercise.steps);
  const state: RunnerState = { durations, paces, numbers, step: 0, stepMs: 0, elapsedMs: 0, paused: false, finished: false, endedEarly: false };
  return durations.length === 0 ? { ...state, finished: true } : startAt(state, stepIndex);
}

/** Moves to the start of another step, e.g. where a popped-out exercise left off. */
export function startAt(state: RunnerState, stepIndex: number): RunnerState {
  if (state.durations.length === 0) return state;
  return settle({ ...state, step: clampStep(state.durations, stepIndex), stepMs: 0, paused: false, finished: false, endedEarly: false });
}

/** On to the next step, or finished after the last. Moving on also lifts a pause. */
function moveOn(state: RunnerState, carriedMs: number): RunnerState {
  if (state.finished) return state;
  if (state.step >= state.durations.length - 1) return { ...state, paused: false, finished: true };
  return { ...state, step: state.step + 1, stepMs: carriedMs, paused: false };
}

/**
 * Moves past every timed step whose time is up, carrying extra time into the next one. Every
 * state the runner hands out is settled, so a step with no time left is never shown.
 */
function settle(state: RunnerState): RunnerState {
  let next = state;
  // A long gap (a sleeping laptop, a late timer) can carry through several short steps at once.
  for (let duration = next.durations[next.step]; !next.finished && duration != null && next.stepMs >= duration; duration = next.durations[next.step]) {
    const carried = next.stepMs - duration;
    next = moveOn(next, carried);
    // Time past the end of the last step was not spent in the exercise.
    if (next.finished) next = { ...next, stepMs: duration, elapsedMs: next.elapsedMs - carried };
  }
  return next;
}

function advance(state: RunnerState): RunnerState {
  return settle(moveOn(state, 0));
}

/** Lets `ms` of running time pass: timed steps end after their length, the rest wait. */
/** A page's clock can jump (a sleeping laptop); no single tick counts for more than a day. */
const LONGEST_TICK_MS = 86_400_000;

export function tick(state: RunnerState, ms: number): RunnerState {
  const passed = Math.min(LONGEST_TICK_MS, Math.max(0, finiteOr(ms, 0)));
  if (state.paused || state.finished || passed === 0) return state;
  return settle({ ...state, stepMs: state.stepMs + passed, elapsedMs: state.elapsedMs + passed });
}

export function pause(state: RunnerState): RunnerState {
  return state.finished || state.paused ? state : { ...state, paused: true };
}

export function resume(state: RunnerState): RunnerState {
  return state.paused ? { ...state, paused: false } : state;
}

/** Leaves this step for the next one; skipping the last step is finishing it. */
export function skipStep(state: RunnerState): RunnerState {
  return advance(state);
}

/** Begin, Next, Continue or Done: the person is done with this step. */
export function next(state: RunnerState): RunnerState {
  return advance(state);
}

/** Stops here by choice. Always fine; the journal says "ended early", nothing more. */
export function finishEarly(state: RunnerState): RunnerState {
  return state.finished ? state : { ...state, paused: false, finished: true, endedEarly: true };
}

export type RunnerEvent =
  | { type: 'tick'; ms: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'skip-step' }
  | { type: 'next' }
  | { type: 'finish-early' }
  | { type: 'start-at'; step: number };

/** Every event in one place, for a reducer hook. */
export function runnerReducer(state: RunnerState, event: RunnerEvent): RunnerState {
  switch (event.type) {
    case 'tick':
      return tick(state, event.ms);
    case 'pause':
      return pause(state);
    case 'resume':
      return resume(state);
    case 'skip-step':
      return skipStep(state);
    case 'next':
      return next(state);
    case 'finish-early':
      return finishEarly(state);
    case 'start-at':
      return startAt(state, event.step);
  }
}

export interface RunnerProgress {
  /** 1-based, for "Step 2 of 4", counted as a person counts steps (stepNumbers). */
  stepNumber: number;
  stepCount: number;
  /** How far through this step, 0..1; 0 for a step that waits for the person. */
  withinStep: number;
  /** How far through the whole exercise, 0..1, each counted step an equal share. */
  overall: number;
}

export function runnerProgress(state: RunnerState): RunnerProgress {
  const stepCount = state.numbers[state.numbers.length - 1] ?? 0;
  const stepNumber = Math.min(state.numbers[state.step] ?? 1, Math.max(stepCount, 1));
  const duration = state.durations[state.step];
  const withinStep = state.finished ? 1 : duration == null ? 0 : duration === 0 ? 1 : Math.min(1, state.stepMs / duration);
  const overall = stepCount === 0 || state.finished ? 1 : Math.min(1, (stepNumber - 1 + withinStep) / stepCount);
  return { stepNumber, stepCount, withinStep, overall };
}

/** The one filled button of a step, the quiet way on beside a timed step's toggle, and Finish now. */
export interface StepActions {
  primary: 'begin' | 'next' | 'done' | 'continue' | 'pause' | 'resume';
  /** On a timed step before the last: on to the next before the time is up. */
  quietNext: boolean;
  /** Stop here, recorded as ended early; left out where Done already ends the practice. */
  finishNow: boolean;
}

/** What the controls offer on the step showing: decided here so every page says the same. */
export function stepActions(state: RunnerState): StepActions {
  const last = state.step >= state.durations.length - 1;
  switch (state.paces[state.step] ?? 'do') {
    case 'read':
      return { primary: last ? 'done' : state.step === 0 ? 'begin' : 'next', quietNext: false, finishNow: !last };
    case 'do':
      return { primary: last ? 'done' : 'continue', quietNext: false, finishNow: !last };
    case 'timed':
      return { primary: state.paused ? 'resume' : 'pause', quietNext: !last, finishNow: true };
  }
}

/** Milliseconds left in a timed step; undefined for a step that waits for the person. */
export function msLeftInStep(state: RunnerState): number | undefined {
  const duration = state.durations[state.step];
  return duration == null ? undefined : Math.max(0, duration - state.stepMs);
}
