import { parseRotationState, type RotationState } from '../core/affirmation-rotation';
import { ROTATION_KEY } from '../core/storage-keys';
import { readLocalJson, writeLocalJson } from '../ui/local-json';

/*
 * Which affirmations this device has shown in the current cycle. It is per device on purpose
 * (each browser has its own tabs) and must be read synchronously before first paint, so it is
 * kept in localStorage rather than extension storage. Lost, the next tab may repeat one sooner.
 */
export function readRotationState(): RotationState {
  return parseRotationState(readLocalJson(ROTATION_KEY));
}

export function writeRotationState(state: RotationState): void {
  writeLocalJson(ROTATION_KEY, state);
}
