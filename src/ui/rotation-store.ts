import { parseRotationState, type OwnAffirmationText, type RotationState } from '../core/affirmation-rotation';
import { ROTATION_KEY } from '../core/storage-keys';
import { readLocalJson, writeLocalJson } from './local-json';

/*
 * Which affirmations this device has shown in the current cycle, and words asked for on its next
 * new tab. It is per device on purpose (each browser has its own tabs) and must be read
 * synchronously before first paint, so it is kept in localStorage (shared by every page of the
 * extension) rather than extension storage. Lost, the next tab may repeat one sooner.
 */
export function readRotationState(): RotationState {
  return parseRotationState(readLocalJson(ROTATION_KEY));
}

export function writeRotationState(state: RotationState): void {
  writeLocalJson(ROTATION_KEY, state);
}

/** The next new tab on this device shows these words, once; the rotation carries on after it. */
export function showOnNextNewTab(next: OwnAffirmationText): void {
  writeRotationState({ ...readRotationState(), next });
}
