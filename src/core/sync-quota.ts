/*
 * storage.sync limits, the same in Chrome and Firefox. Kindly stays well inside them: a change
 * that would pass a limit is refused with a clear reason before the browser is asked.
 */
export const SYNC_QUOTA = {
  bytesPerItem: 8_192,
  totalBytes: 102_400,
  maxItems: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
} as const;

/** UTF-8 length without TextEncoder, which core (no DOM, no Node) does not assume. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Size as the browsers count it: the key plus the JSON of its value, in UTF-8 bytes. */
export function syncItemBytes(key: string, value: unknown): number {
  return utf8ByteLength(key + (JSON.stringify(value) ?? ''));
}

/** Keys whose items are too large for `storage.sync`. */
export function oversizedSyncItems(items: Record<string, unknown>): string[] {
  return Object.entries(items)
    .filter(([key, value]) => syncItemBytes(key, value) > SYNC_QUOTA.bytesPerItem)
    .map(([key]) => key);
}
