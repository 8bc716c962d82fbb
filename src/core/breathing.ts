/*
 * Breathing patterns as data, and where a session stands at any moment as a pure function of the
 * time since it started. Pages own the clock; this file only answers "what now?".
 * Timings follow the practices notes of the design brief. Nothing here is ever fast: every phase
 * lasts at least a second, and the quickest full breath (cyclic sigh) takes over nine.
 */
export type BreathingPatternId = 'coherent' | 'cyclic-sigh' | 'box' | '4-7-8';
export type BreathPhaseKind = 'in' | 'top-up' | 'hold' | 'out';

export interface BreathPhase {
  kind: BreathPhaseKind;
  ms: number;
  /** How full the breath is when the phase ends, 0..1; a pacer grows and shrinks with it. */
  fullness: number;
  /** A hold that the `holds: false` option takes out. */
  optional?: boolean;
}

export interface BreathingPattern {
  id: BreathingPatternId;
  phases: readonly BreathPhase[];
  /** Breath holds add up; 4-7-8 is offered for a few rounds at a time only. */
  maxCycles?: number;
}

export const breathingPatterns: Readonly<Record<BreathingPatternId, BreathingPattern>> = {
  // About 5.5 breaths a minute, even in and out.
  coherent: {
    id: 'coherent',
    phases: [
      { kind: 'in', ms: 5500, fullness: 1 },
      { kind: 'out', ms: 5500, fullness: 0 },
    ],
  },
  // A full inhale, a short top-up, then an exhale about twice as long as both.
  'cyclic-sigh': {
    id: 'cyclic-sigh',
    phases: [
      { kind: 'in', ms: 2500, fullness: 0.8 },
      { kind: 'top-up', ms: 1000, fullness: 1 },
      { kind: 'out', ms: 6000, fullness: 0 },
    ],
  },
  box: {
    id: 'box',
    phases: [
      { kind: 'in', ms: 4000, fullness: 1 },
      { kind: 'hold', ms: 4000, fullness: 1, optional: true },
      { kind: 'out', ms: 4000, fullness: 0 },
      { kind: 'hold', ms: 4000, fullness: 0, optional: true },
    ],
  },
  '4-7-8': {
    id: '4-7-8',
    phases: [
      { kind: 'in', ms: 4000, fullness: 1 },
      { kind: 'hold', ms: 7000, fullness: 1 },
      { kind: 'out', ms: 8000, fullness: 0 },
    ],
    maxCycles: 4,
  },
};

export interface BreathingOptions {
  /** How long the person asked to breathe; the session rounds it to whole breaths. */
  durationMs: number;
  /** False takes out the holds a pattern marks optional (box). Preferences decide the default. */
  holds?: boolean;
}

export interface BreathingCue {
  phase: BreathPhaseKind;
  /** Position of the phase within the cycle's phases, so two holds can be told apart. */
  phaseIndex: number;
  phaseMs: number;
  /** Whole seconds left in the phase, counting down; at least 1 until the session ends. */
  secondsLeft: number;
  msLeft: number;
  /** How far through the phase, 0..1. */
  progress: number;
  /** How full the breath is at the start and at the end of this phase, 0..1. */
  fullnessFrom: number;
  fullnessTo: number;
  /** 1 for the first breath. */
  cycle: number;
  cycles: number;
  finished: boolean;
}

/** A pause, not a training session; the bound also keeps every number finite. */
const longestSessionMs = 30 * 60_000;

/** The phases actually breathed with these options. */
export function sessionPhases(id: BreathingPatternId, options: BreathingOptions): readonly BreathPhase[] {
  const { phases } = breathingPatterns[id];
  return options.holds === false ? phases.filter((phase) => !phase.optional) : phases;
}

function cycleMs(phases: readonly BreathPhase[]): number {
  return phases.reduce((sum, phase) => sum + phase.ms, 0);
}

/** Whole breaths nearest the asked-for duration: at least one, and no more than the pattern allows. */
export function sessionCycles(id: BreathingPatternId, options: BreathingOptions): number {
  const asked = Number.isFinite(options.durationMs) ? Math.min(Math.max(options.durationMs, 0), longestSessionMs) : 0;
  const cycles = Math.max(1, Math.round(asked / cycleMs(sessionPhases(id, options))));
  return Math.min(cycles, breathingPatterns[id].maxCycles ?? cycles);
}

export function sessionLengthMs(id: BreathingPatternId, options: BreathingOptions): number {
  return sessionCycles(id, options) * cycleMs(sessionPhases(id, options));
}

/** Where the session stands `elapsedMs` after it began. Any number is accepted; NaN counts as the start. */
export function breathingCue(id: BreathingPatternId, options: BreathingOptions, elapsedMs: number): BreathingCue {
  const phases = sessionPhases(id, options);
  const cycles = sessionCycles(id, options);
  const lengthMs = cycleMs(phases);
  const elapsed = Number.isNaN(elapsedMs) ? 0 : Math.max(0, elapsedMs);
  const last = phases.length - 1;
  const finished = elapsed >= cycles * lengthMs;

  const cycleIndex = finished ? cycles - 1 : Math.floor(elapsed / lengthMs);
  let intoCycle = finished ? lengthMs : elapsed - cycleIndex * lengthMs;
  let index = 0;
  while (index < last && intoCycle >= (phases[index]?.ms ?? 0)) intoCycle -= phases[index++]?.ms ?? 0;

  const phase = phases[index] ?? phases[0]!;
  const before = phases[index === 0 ? last : index - 1] ?? phase;
  const msLeft = finished ? 0 : Math.max(0, phase.ms - intoCycle);
  return {
    phase: phase.kind,
    phaseIndex: index,
    phaseMs: phase.ms,
    secondsLeft: finished ? 0 : Math.max(1, Math.ceil(msLeft / 1000)),
    msLeft,
    progress: Math.min(1, Math.max(0, 1 - msLeft / phase.ms)),
    fullnessFrom: before.fullness,
    fullnessTo: phase.fullness,
    cycle: cycleIndex + 1,
    cycles,
    finished,
  };
}
