import type { Exercise } from './types';

/**
 * 30–60 seconds of comforting touch, with alternatives since any one gesture can feel awkward.
 * Practice "friend": the gesture is self-kindness in its plainest form, the comfort we would
 * offer a good friend without a second thought. (Acceptance is about letting a feeling be;
 * touch does more than that: it actively soothes.)
 */
export const soothingTouch: Exercise = {
  id: 'soothing-touch',
  practice: 'friend',
  title: 'exSoothingTouchTitle',
  summary: 'exSoothingTouchSummary',
  closing: 'exSoothingTouchClosing',
  steps: [
    { kind: 'guide', text: 'exSoothingTouchBreaths', intro: true },
    // The touch step itself offers the gestures (heart, cheek, a self-hug, belly) and says none is fine too.
    { kind: 'touch', seconds: 45 },
  ],
};
