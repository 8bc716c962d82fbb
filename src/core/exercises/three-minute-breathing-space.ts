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
    { kind: 'guide', text: 'exBreathingSpaceArrive', seconds: 12 },
    { kind: 'guide', text: 'exBreathingSpaceThoughts', seconds: 18 },
    { kind: 'guide', text: 'exBreathingSpaceFeelings', seconds: 15 },
    { kind: 'guide', text: 'exBreathingSpaceSensations', seconds: 15 },
    // Gather on the breath, as it is: no pacing here.
    { kind: 'guide', text: 'exBreathingSpaceGather', seconds: 20 },
    { kind: 'guide', text: 'exBreathingSpaceFollow', seconds: 40 },
    // Widen to the whole body.
    { kind: 'guide', text: 'exBreathingSpaceWiden', seconds: 20 },
    { kind: 'guide', text: 'exBreathingSpaceWhole', seconds: 25 },
    { kind: 'guide', text: 'exBreathingSpaceCarry', seconds: 15 },
  ],
};
