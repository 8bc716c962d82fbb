import type { Exercise } from './types';

/** Two inhales through the nose, one long exhale through the mouth; 1–3 minutes. */
export const cyclicSigh: Exercise = {
  id: 'cyclic-sigh',
  practice: 'mindfulness',
  title: 'exCyclicSighTitle',
  summary: 'exCyclicSighSummary',
  closing: 'exCyclicSighClosing',
  steps: [
    { kind: 'guide', text: 'exCyclicSighSettle', intro: true },
    { kind: 'breathing', pattern: 'cyclic-sigh', minutes: { min: 1, max: 3 } },
  ],
};
