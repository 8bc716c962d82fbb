import type { Exercise } from './types';

/** The person's own values, held up against what's next, and one small step in line with them. */
export const valuesCompass: Exercise = {
  id: 'values-compass',
  practice: 'values',
  title: 'exValuesCompassTitle',
  summary: 'exValuesCompassSummary',
  closing: 'exValuesCompassClosing',
  steps: [
    { kind: 'guide', text: 'exValuesCompassIntro', intro: true },
    { kind: 'values' },
    { kind: 'reflect', prompt: 'exValuesCompassStepPrompt', placeholder: 'exValuesCompassStepPlaceholder', noteId: 'next-step' },
  ],
};
