import type { Exercise } from './types';

/** What would you say to a good friend in this spot? Then say it to yourself. */
export const friendCheck: Exercise = {
  id: 'friend-check',
  practice: 'friend',
  title: 'exFriendCheckTitle',
  summary: 'exFriendCheckSummary',
  closing: 'exFriendCheckClosing',
  steps: [
    { kind: 'guide', text: 'exFriendCheckSituation', seconds: 20 },
    { kind: 'guide', text: 'exFriendCheckFriend', seconds: 30 },
    { kind: 'guide', text: 'exFriendCheckCompare', seconds: 20 },
    { kind: 'guide', text: 'exFriendCheckTurn', seconds: 25 },
    { kind: 'reflect', prompt: 'exFriendCheckPrompt', placeholder: 'exFriendCheckPlaceholder', noteId: 'friend' },
  ],
};
