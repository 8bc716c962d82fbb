import type { Exercise } from './types';

/** A light RAIN: recognise, allow, investigate with care, nurture. A pause-sized version. */
export const allowIt: Exercise = {
  id: 'allow-it',
  practice: 'acceptance',
  title: 'exAllowItTitle',
  summary: 'exAllowItSummary',
  closing: 'exAllowItClosing',
  steps: [
    { kind: 'guide', text: 'exAllowItRecognise', seconds: 20 },
    { kind: 'guide', text: 'exAllowItAllow', seconds: 20 },
    { kind: 'guide', text: 'exAllowItWhere', seconds: 25 },
    { kind: 'guide', text: 'exAllowItNeed', seconds: 25 },
    { kind: 'guide', text: 'exAllowItNurture', seconds: 15 },
    { kind: 'touch', seconds: 30 },
    { kind: 'guide', text: 'exAllowItRest', seconds: 10 },
  ],
};
