import { carriedFor, type KnownAnswers } from '../core/known-answers';
import { CARRIED_ANSWERS_KEY } from '../core/storage-keys';
import { readItems } from '../platform/storage';

/**
 * What the popup's run of `exercise` had picked and written, as the worker kept it for this window
 * (storage.session); undefined when there is none or it can't be read: the exercise starts afresh.
 */
export async function readCarriedAnswers(exercise: string): Promise<KnownAnswers | undefined> {
  try {
    return carriedFor((await readItems('session', [CARRIED_ANSWERS_KEY]))[CARRIED_ANSWERS_KEY], exercise);
  } catch {
    return undefined;
  }
}
