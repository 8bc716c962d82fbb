import type { Exercise } from './types';

/**
 * Ground yourself: for overwhelm, attention comes back through the senses, one at a time, to the
 * room the person is in. About two minutes, each line at their own pace.
 */
export const groundYourself: Exercise = {
  id: 'ground-yourself',
  practice: 'mindfulness',
  title: 'exGroundTitle',
  summary: 'exGroundSummary',
  closing: 'exGroundClosing',
  steps: [
    { kind: 'guide', text: 'exGroundFeet' },
    { kind: 'guide', text: 'exGroundSee' },
    { kind: 'guide', text: 'exGroundFeel' },
    { kind: 'guide', text: 'exGroundHear' },
    { kind: 'guide', text: 'exGroundSmell' },
    { kind: 'guide', text: 'exGroundBreath' },
  ],
};
