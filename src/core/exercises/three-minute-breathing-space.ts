import type { Exercise } from './types';

/** Three movements of about a minute each: what's here now, the breath, the whole body. */
export const threeMinuteBreathingSpace: Exercise = {
  id: 'three-minute-breathing-space',
  practice: 'mindfulness',
  title: 'exBreathingSpaceTitle',
  summary: 'exBreathingSpaceSummary',
  closing: 'exBreathingSpaceClosing',
  steps: [
    // What's here now.
    { kind: 'guide', text: 'exBreathingSpaceArrive', intro: true },
    { kind: 'dwell', text: 'exBreathingSpaceThoughts', seconds: 18 },
    { kind: 'dwell', text: 'exBreathingSpaceFeelings', seconds: 15 },
    { kind: 'dwell', text: 'exBreathingSpaceSensations', seconds: 15 },
    // Gather on the breath, as it is: no pacing here.
    { kind: 'dwell', text: 'exBreathingSpaceGather', seconds: 20 },
    { kind: 'dwell', text: 'exBreathingSpaceFollow', seconds: 40 },
    // Widen to the whole body.
    { kind: 'dwell', text: 'exBreathingSpaceWiden', seconds: 20 },
    { kind: 'dwell', text: 'exBreathingSpaceWhole', seconds: 25 },
    { kind: 'dwell', text: 'exBreathingSpaceCarry', seconds: 15 },
  ],
};
