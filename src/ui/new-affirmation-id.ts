import type { OwnAffirmation } from '../core/own-affirmations';
import { OWN_AFFIRMATION_PREFIX } from '../core/storage-keys';

const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A random id for a new own affirmation: ten of a–z and 0–9 (core takes it as given). */
export function newAffirmationId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(10)), (byte) => alphabet[byte % alphabet.length]).join('');
}

/** A new id no affirmation in the list has (Options' editor and Reflections' "Show on my new tab"). */
export function unusedAffirmationId(list: readonly OwnAffirmation[]): string {
  let id = newAffirmationId();
  while (list.some((item) => item.id === OWN_AFFIRMATION_PREFIX + id)) id = newAffirmationId();
  return id;
}
