import type { Exercise } from './types';

/** 4-4-4-4. The runner takes the holds out when the person has them off (the default). */
export const boxBreathing: Exercise = {
  id: 'box-breathing',
  practice: 'mindfulness',
  title: 'exBoxTitle',
  summary: 'exBoxSummary',
  closing: 'exBoxClosing',
  steps: [
    { kind: 'guide', text: 'exBoxSettle', intro: true },
    { kind: 'breathing', pattern: 'box', minutes: { min: 1, max: 3 } },
  ],
};
