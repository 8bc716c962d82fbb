import type { Exercise } from './types';

/** 4-4-4-4, a box by default. The runner takes the holds out when the person turns them off. */
export const boxBreathing: Exercise = {
  id: 'box-breathing',
  practice: 'mindfulness',
  title: 'exBoxTitle',
  summary: 'exBoxSummary',
  closing: 'exBoxClosing',
  closingWithoutHolds: 'exBoxClosingWithoutHolds',
  steps: [
    { kind: 'guide', text: 'exBoxSettle', intro: true },
    { kind: 'breathing', pattern: 'box', minutes: { min: 1, max: 3 } },
  ],
};
