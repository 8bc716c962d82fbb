// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breathingCue,
  breathingPatterns,
  sessionCycles,
  sessionLengthMs,
  sessionPhases,
  type BreathingOptions,
  type BreathingPatternId,
} from '../../src/core/breathing';

const ids = Object.keys(breathingPatterns) as BreathingPatternId[];
const anyPattern = fc.constantFrom(...ids);
const anyOptions = fc.record({ durationMs: fc.double(), holds: fc.option(fc.boolean(), { nil: undefined }) });
const oneMinute: BreathingOptions = { durationMs: 60_000 };

/** The phase kinds met every `stepMs` through a whole session. */
function walk(id: BreathingPatternId, options: BreathingOptions, stepMs = 250): string[] {
  const kinds: string[] = [];
  for (let at = 0; at < sessionLengthMs(id, options); at += stepMs) {
    const { phase } = breathingCue(id, options, at);
    if (kinds.at(-1) !== phase) kinds.push(phase);
  }
  return kinds;
}

describe('breathing patterns', () => {
  it('are never fast: every phase lasts at least a second, every breath at least nine', () => {
    for (const pattern of Object.values(breathingPatterns)) {
      for (const phase of pattern.phases) expect(phase.ms).toBeGreaterThanOrEqual(1000);
      expect(pattern.phases.reduce((sum, phase) => sum + phase.ms, 0)).toBeGreaterThanOrEqual(9000);
    }
  });

  it('coherent breathing is about 5.5 breaths a minute, even, with no holds', () => {
    expect(walk('coherent', oneMinute)).toEqual(['in', 'out', 'in', 'out', 'in', 'out', 'in', 'out', 'in', 'out']);
    expect(breathingCue('coherent', oneMinute, 5_499).phase).toBe('in');
    expect(breathingCue('coherent', oneMinute, 5_500).phase).toBe('out');
    expect(sessionLengthMs('coherent', oneMinute)).toBe(55_000);
  });

  it('follows each pattern in order: in, top-up, out for the cyclic sigh; holds in box and 4-7-8', () => {
    expect(walk('cyclic-sigh', { durationMs: 19_000 })).toEqual(['in', 'top-up', 'out', 'in', 'top-up', 'out']);
    expect(walk('box', { durationMs: 16_000 })).toEqual(['in', 'hold', 'out', 'hold']);
    expect(walk('4-7-8', { durationMs: 19_000 })).toEqual(['in', 'hold', 'out']);
  });

  it('box without holds has no hold phase', () => {
    expect(walk('box', { durationMs: 60_000, holds: false })).not.toContain('hold');
    expect(sessionPhases('box', { durationMs: 0, holds: false }).map((phase) => phase.kind)).toEqual(['in', 'out']);
    // The 4-7-8 hold is the pattern itself, not an optional extra.
    expect(walk('4-7-8', { durationMs: 19_000, holds: false })).toContain('hold');
  });

  it('4-7-8 stops after four rounds, whatever was asked for', () => {
    expect(sessionCycles('4-7-8', { durationMs: 5 * 60_000 })).toBe(4);
    expect(sessionLengthMs('4-7-8', { durationMs: 5 * 60_000 })).toBe(4 * 19_000);
  });

  it('counts whole seconds down, then says finished exactly at the end', () => {
    const start = breathingCue('coherent', oneMinute, 0);
    expect(start).toMatchObject({ phase: 'in', secondsLeft: 6, progress: 0, cycle: 1, cycles: 5, finished: false });
    expect(breathingCue('coherent', oneMinute, 5_000).secondsLeft).toBe(1);
    expect(breathingCue('coherent', oneMinute, 54_999)).toMatchObject({ phase: 'out', cycle: 5, secondsLeft: 1, finished: false });
    expect(breathingCue('coherent', oneMinute, 55_000)).toMatchObject({ secondsLeft: 0, progress: 1, finished: true });
  });
});

describe('breathingCue, for any pattern, options and moment', () => {
  it('never throws, and stays within its ranges', () => {
    fc.assert(
      fc.property(anyPattern, anyOptions, fc.double(), (id, options, elapsed) => {
        const cue = breathingCue(id, options, elapsed);
        expect(cue.secondsLeft).toBeGreaterThanOrEqual(cue.finished ? 0 : 1);
        expect(cue.progress).toBeGreaterThanOrEqual(0);
        expect(cue.progress).toBeLessThanOrEqual(1);
        expect(cue.cycle).toBeGreaterThanOrEqual(1);
        expect(cue.cycle).toBeLessThanOrEqual(cue.cycles);
        expect(Number.isFinite(cue.msLeft)).toBe(true);
      }),
    );
  });

  it('is finished exactly from the session length on', () => {
    fc.assert(
      fc.property(anyPattern, anyOptions, (id, options) => {
        const end = sessionLengthMs(id, options);
        expect(breathingCue(id, options, end - 1).finished).toBe(false);
        expect(breathingCue(id, options, end).finished).toBe(true);
        expect(breathingCue(id, options, Number.MAX_VALUE).finished).toBe(true);
      }),
    );
  });

  it('only moves forward within a phase: progress up, seconds left down', () => {
    fc.assert(
      fc.property(anyPattern, anyOptions, fc.nat(30 * 60_000), fc.nat(3_000), (id, options, at, step) => {
        const now = breathingCue(id, options, at);
        const later = breathingCue(id, options, at + step);
        if (later.cycle !== now.cycle || later.phaseIndex !== now.phaseIndex || later.finished) return;
        expect(later.progress).toBeGreaterThanOrEqual(now.progress);
        expect(later.secondsLeft).toBeLessThanOrEqual(now.secondsLeft);
      }),
    );
  });

  it('whole sessions are whole breaths, at least one, and 4-7-8 never more than four', () => {
    fc.assert(
      fc.property(anyPattern, anyOptions, (id, options) => {
        const cycles = sessionCycles(id, options);
        const breath = sessionPhases(id, options).reduce((sum, phase) => sum + phase.ms, 0);
        expect(sessionLengthMs(id, options)).toBe(cycles * breath);
        expect(cycles).toBeGreaterThanOrEqual(1);
        if (id === '4-7-8') expect(cycles).toBeLessThanOrEqual(4);
      }),
    );
  });

  it('treats the time before the start, and NaN, as the start', () => {
    fc.assert(
      fc.property(anyPattern, fc.double({ max: 0 }), (id, before) => {
        expect(breathingCue(id, oneMinute, before)).toEqual(breathingCue(id, oneMinute, 0));
      }),
    );
    expect(breathingCue('box', oneMinute, Number.NaN)).toEqual(breathingCue('box', oneMinute, 0));
  });
});
