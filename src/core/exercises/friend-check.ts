import type { Exercise } from './types';

/** What would you say to a good friend in this spot? Then say it to yourself. */
export const friendCheck: Exercise = {
  id: 'friend-check',
  practice: 'friend',
  title: 'exFriendCheckTitle',
  summary: 'exFriendCheckSummary',
  closing: 'exFriendCheckClosing',
  steps: [
    { kind: 'guide', text: 'exFriendCheckSituation', aside: 'exGentleWayOut' },
    { kind: 'guide', text: 'exFriendCheckFriend' },
    { kind: 'guide', text: 'exFriendCheckCompare' },
    { kind: 'guide', text: 'exFriendCheckTurn' },
    { kind: 'reflect', prompt: 'exFriendCheckPrompt', placeholder: 'exFriendCheckPlaceholder', noteId: 'friend' },
  ],
};
