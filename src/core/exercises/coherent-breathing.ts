import type { Exercise } from './types';

/** Even breathing at about 5.5 breaths a minute, no holds; as long as the person likes (1–5 min). */
export const coherentBreathing: Exercise = {
  id: 'coherent-breathing',
  practice: 'mindfulness',
  title: 'exCoherentTitle',
  summary: 'exCoherentSummary',
  closing: 'exCoherentClosing',
  steps: [
    { kind: 'guide', text: 'exCoherentSettle', intro: true },
    { kind: 'breathing', pattern: 'coherent', minutes: { min: 1, max: 5 } },
  ],
};
