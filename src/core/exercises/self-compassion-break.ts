import type { Exercise } from './types';

/**
 * This is hard (mindfulness), others feel this too (common humanity), a hand on the heart, and
 * what do I need to hear (kindness). A middling situation, not the hardest: the practice is
 * learned on what can be held.
 */
export const selfCompassionBreak: Exercise = {
  id: 'self-compassion-break',
  practice: 'friend',
  title: 'exSelfCompassionTitle',
  summary: 'exSelfCompassionSummary',
  closing: 'exSelfCompassionClosing',
  steps: [
    { kind: 'guide', text: 'exSelfCompassionSituation' },
    { kind: 'guide', text: 'exSelfCompassionBody' },
    { kind: 'guide', text: 'exSelfCompassionHard' },
    { kind: 'guide', text: 'exSelfCompassionOthers' },
    { kind: 'touch', seconds: 30 },
    { kind: 'guide', text: 'exSelfCompassionNeed' },
    { kind: 'reflect', prompt: 'exSelfCompassionWordsPrompt', placeholder: 'exSelfCompassionWordsPlaceholder', noteId: 'kind-words' },
  ],
};
