import { useEffect, useRef } from 'preact/hooks';
import { breathingCue, type BreathingOptions } from '../../core/breathing';
import type { ExerciseStep } from '../../core/exercises/types';
import { BreathingPacer } from '../breathing-pacer';
import { playChime, releaseChime } from './chime';
import { exerciseText } from './exercise-text';

export interface BreathingStepProps {
  step: Extract<ExerciseStep, { kind: 'breathing' }>;
  options: BreathingOptions;
  /** Running time in this step. */
  stepMs: number;
  paused: boolean;
  reducedMotion: boolean;
  chime: boolean;
}

/** The pacer for this step's pattern, its note if any, and an optional soft chime at each change. */
export function BreathingStep({ step, options, stepMs, paused, reducedMotion, chime }: BreathingStepProps) {
  const cue = breathingCue(step.pattern, options, stepMs);
  const phaseKey = `${cue.cycle}:${cue.phaseIndex}`;
  const started = useRef(false);

  useEffect(() => {
    // The first breath starts with the step itself; the chime marks the changes after it.
    if (!started.current) {
      started.current = true;
      return;
    }
    if (chime && !paused && !cue.finished) playChime(cue.phase);
    // Only a change of phase chimes, not a pause or a change of setting.
  }, [phaseKey]);

  useEffect(() => releaseChime, []);

  return (
    <div class="runner-step runner-breathing">
      <BreathingPacer cue={cue} paused={paused} reducedMotion={reducedMotion} />
      {step.note && <p class="runner-note">{exerciseText(step.note)}</p>}
    </div>
  );
}
