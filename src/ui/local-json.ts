/*
 * Small per-device caches pages read synchronously before first paint, as JSON in localStorage.
 * Best effort on both sides: storage disabled, full or holding something unreadable costs the
 * cache, never the page.
 */

/** The stored value, or undefined when there is none or it can't be read. */
export function readLocalJson(key: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

/** Stores the value, skipping the write when it is already there. */
export function writeLocalJson(key: string, value: unknown): void {
  try {
    const text = JSON.stringify(value);
    if (localStorage.getItem(key) !== text) localStorage.setItem(key, text);
  } catch {
    // Disabled or full: the next page starts without the cache, nothing worse.
  }
}
