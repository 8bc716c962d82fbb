import type { Exercise } from './types';

/** The person's own values, their own sense of what's next (apart from others' approval), and one small step. */
export const valuesCompass: Exercise = {
  id: 'values-compass',
  practice: 'values',
  title: 'exValuesCompassTitle',
  summary: 'exValuesCompassSummary',
  closing: 'exValuesCompassClosing',
  steps: [
    { kind: 'guide', text: 'exValuesCompassIntro', intro: true },
    { kind: 'values' },
    // Trusting your gut: one's own judgement, heard apart from others' approval.
    { kind: 'guide', text: 'exValuesCompassOwnSense' },
    { kind: 'reflect', prompt: 'exValuesCompassStepPrompt', placeholder: 'exValuesCompassStepPlaceholder', noteId: 'next-step' },
  ],
};
