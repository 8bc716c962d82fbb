const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A random id for a new own affirmation: ten of a–z and 0–9 (core takes it as given). */
export function newAffirmationId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(10)), (byte) => alphabet[byte % alphabet.length]).join('');
}
