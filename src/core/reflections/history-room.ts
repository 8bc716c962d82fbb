import { utf8ByteLength } from '../sync-quota';

/*
 * How much room the history has left in storage.local, for the notice at the top of Reflections.
 * Nothing is ever removed because of it: the person is told, and chooses (export, a shorter
 * keep-for, erase). Sizes as the browsers count them: keys plus JSON, in UTF-8 bytes.
 */

export type HistoryRoom = 'fine' | 'near' | 'full';

/** From this share of the quota on, the page says the history is near the limit. */
export const NEAR_SHARE = 0.8;

/**
 * Bytes one entry adds to its day's list (its JSON and the comma before it). A day's first entry
 * also adds its key and the brackets, once a day.
 */
export function entryBytes(entry: unknown): number {
  return utf8ByteLength(JSON.stringify(entry) ?? '') + 1;
}

/**
 * How full storage.local is, from the bytes in use and the quota: 'full' once there is no room
 * for a typical entry (`roomForOne` bytes), 'near' from 80 % of the quota.
 */
export function historyRoom(bytesInUse: number, quotaBytes: number, roomForOne = 400): HistoryRoom {
  if (!(quotaBytes > 0)) return 'fine';
  if (quotaBytes - bytesInUse < roomForOne) return 'full';
  return bytesInUse >= quotaBytes * NEAR_SHARE ? 'near' : 'fine';
}
