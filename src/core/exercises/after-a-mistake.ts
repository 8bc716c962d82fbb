import type { Exercise } from './types';

/**
 * After a mistake: what happened in plain facts, what it shows you care about, one thing to repair
 * or learn, and one kind sentence to carry on with. About three minutes.
 */
export const afterAMistake: Exercise = {
  id: 'after-a-mistake',
  practice: 'friend',
  title: 'exAfterMistakeTitle',
  summary: 'exAfterMistakeSummary',
  closing: 'exAfterMistakeClosing',
  steps: [
    { kind: 'guide', text: 'exAfterMistakeBring', aside: 'exGentleWayOut' },
    { kind: 'guide', text: 'exAfterMistakeFacts' },
    { kind: 'guide', text: 'exAfterMistakeCare' },
    { kind: 'guide', text: 'exAfterMistakeRepair' },
    { kind: 'reflect', prompt: 'exAfterMistakePrompt', placeholder: 'exAfterMistakePlaceholder', noteId: 'carry-on' },
  ],
};
