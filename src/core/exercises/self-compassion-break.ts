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
    { kind: 'guide', text: 'exSelfCompassionSituation', seconds: 25 },
    { kind: 'guide', text: 'exSelfCompassionBody', seconds: 20 },
    { kind: 'guide', text: 'exSelfCompassionHard', seconds: 20 },
    { kind: 'guide', text: 'exSelfCompassionOthers', seconds: 20 },
    { kind: 'touch', seconds: 30 },
    { kind: 'guide', text: 'exSelfCompassionNeed', seconds: 25 },
    { kind: 'reflect', prompt: 'exSelfCompassionWordsPrompt', placeholder: 'exSelfCompassionWordsPlaceholder', noteId: 'kind-words' },
  ],
};
