import type { Exercise } from './types';

/** Emotional granularity: a precise word for the feeling, then an optional "it makes sense" note. */
export const nameIt: Exercise = {
  id: 'name-it',
  practice: 'naming',
  title: 'exNameItTitle',
  summary: 'exNameItSummary',
  closing: 'exNameItClosing',
  steps: [
    { kind: 'guide', text: 'exNameItIntro', intro: true },
    { kind: 'name-emotion' },
    { kind: 'reflect', prompt: 'exNameItMakesSensePrompt', placeholder: 'exNameItMakesSensePlaceholder', noteId: 'makes-sense' },
  ],
};
