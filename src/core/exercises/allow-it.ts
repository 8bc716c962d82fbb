import type { Exercise } from './types';

/** A light RAIN: recognise, allow, investigate with care, nurture. A pause-sized version. */
export const allowIt: Exercise = {
  id: 'allow-it',
  practice: 'acceptance',
  title: 'exAllowItTitle',
  summary: 'exAllowItSummary',
  closing: 'exAllowItClosing',
  steps: [
    { kind: 'guide', text: 'exAllowItRecognise', aside: 'exGentleWayOut' },
    { kind: 'guide', text: 'exAllowItAllow' },
    { kind: 'guide', text: 'exAllowItWhere' },
    { kind: 'guide', text: 'exAllowItNeed' },
    { kind: 'guide', text: 'exAllowItNurture' },
    { kind: 'touch', seconds: 30 },
    { kind: 'guide', text: 'exAllowItRest' },
  ],
};
