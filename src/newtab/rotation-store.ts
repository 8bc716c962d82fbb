import { parseRotationState, type RotationState } from '../core/affirmation-rotation';

/*
 * Which affirmations this device has shown in the current cycle. It is per device on purpose
 * (each browser has its own tabs) and must be read synchronously before first paint, so it is
 * kept in localStorage rather than extension storage.
 */
const ROTATION_KEY = 'kindly.affirmationRotation';

export function readRotationState(): RotationState {
  try {
    return parseRotationState(JSON.parse(localStorage.getItem(ROTATION_KEY) ?? 'null'));
  } catch {
    return parseRotationState(undefined);
  }
}

export function writeRotationState(state: RotationState): void {
  try {
    localStorage.setItem(ROTATION_KEY, JSON.stringify(state));
  } catch {
    // Storage disabled or full: the next tab may repeat one sooner, nothing worse.
  }
}
