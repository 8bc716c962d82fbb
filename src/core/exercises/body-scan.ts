import type { Exercise } from './types';

/** About three minutes: settle, then attention from head to feet, noticing without changing. */
export const bodyScan: Exercise = {
  id: 'body-scan',
  practice: 'mindfulness',
  title: 'exBodyScanTitle',
  summary: 'exBodyScanSummary',
  closing: 'exBodyScanClosing',
  steps: [
    { kind: 'guide', text: 'exBodyScanSettle', intro: true, aside: 'exGentleWayOut' },
    { kind: 'dwell', text: 'exBodyScanWeight', seconds: 20 },
    { kind: 'dwell', text: 'exBodyScanBreaths', seconds: 20 },
    { kind: 'dwell', text: 'exBodyScanHead', seconds: 20 },
    { kind: 'dwell', text: 'exBodyScanShoulders', seconds: 20 },
    { kind: 'dwell', text: 'exBodyScanArms', seconds: 20 },
    { kind: 'dwell', text: 'exBodyScanTorso', seconds: 20 },
    { kind: 'dwell', text: 'exBodyScanLegs', seconds: 20 },
    { kind: 'dwell', text: 'exBodyScanWhole', seconds: 15 },
  ],
};
