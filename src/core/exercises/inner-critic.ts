import type { Exercise } from './types';

/**
 * Meet the inner critic: hear its words as words, ask what it is trying to protect, then answer
 * the same worry the way a kind friend or a good coach would. About three minutes.
 */
export const innerCritic: Exercise = {
  id: 'inner-critic',
  practice: 'friend',
  title: 'exInnerCriticTitle',
  summary: 'exInnerCriticSummary',
  closing: 'exInnerCriticClosing',
  steps: [
    { kind: 'guide', text: 'exInnerCriticNotice', aside: 'exGentleWayOut' },
    { kind: 'guide', text: 'exInnerCriticHear' },
    { kind: 'guide', text: 'exInnerCriticProtect' },
    { kind: 'guide', text: 'exInnerCriticThank' },
    { kind: 'reflect', prompt: 'exInnerCriticPrompt', placeholder: 'exInnerCriticPlaceholder', noteId: 'critic-reply' },
  ],
};
