import type { Exercise } from './types';

/** About three minutes: settle, then attention from head to feet, noticing without changing. */
export const bodyScan: Exercise = {
  id: 'body-scan',
  practice: 'mindfulness',
  title: 'exBodyScanTitle',
  summary: 'exBodyScanSummary',
  closing: 'exBodyScanClosing',
  steps: [
    { kind: 'guide', text: 'exBodyScanSettle', seconds: 12 },
    { kind: 'guide', text: 'exBodyScanWeight', seconds: 20 },
    { kind: 'guide', text: 'exBodyScanBreaths', seconds: 20 },
    { kind: 'guide', text: 'exBodyScanHead', seconds: 20 },
    { kind: 'guide', text: 'exBodyScanShoulders', seconds: 20 },
    { kind: 'guide', text: 'exBodyScanArms', seconds: 20 },
    { kind: 'guide', text: 'exBodyScanTorso', seconds: 20 },
    { kind: 'guide', text: 'exBodyScanLegs', seconds: 20 },
    { kind: 'guide', text: 'exBodyScanWhole', seconds: 15 },
  ],
};
