import type { Exercise } from './types';

/**
 * In 4, hold 7, out 8. The pattern itself stops after four rounds, however long the person asked
 * for: long holds can make people light-headed, so the note says what to do if that happens.
 */
export const fourSevenEight: Exercise = {
  id: 'four-seven-eight',
  practice: 'mindfulness',
  title: 'exFourSevenEightTitle',
  summary: 'exFourSevenEightSummary',
  closing: 'exFourSevenEightClosing',
  steps: [
    { kind: 'guide', text: 'exFourSevenEightSettle', intro: true },
    { kind: 'breathing', pattern: '4-7-8', minutes: { min: 1, max: 2 }, note: 'exFourSevenEightNote' },
  ],
};
