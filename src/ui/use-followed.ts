import { useEffect, useState } from 'preact/hooks';

/** Calls back with a value now and whenever it changes, until the signal aborts. */
export type Follow<T> = (callback: (value: T) => void, signal: AbortSignal) => void;

/** A value a page began following as its script started, for its hooks to take over. */
export interface EarlyFollow<T> {
  latest?: T;
  listeners: Set<(value: T) => void>;
}

/**
 * Starts following at once, for the page's lifetime: the read overlaps the first render instead
 * of waiting for it, and the hook that takes it over reads nothing again.
 */
export function followEarly<T>(follow: Follow<T>): EarlyFollow<T> {
  const early: EarlyFollow<T> = { listeners: new Set() };
  follow((value) => {
    early.latest = value;
    for (const listener of early.listeners) listener(value);
  }, new AbortController().signal);
  return early;
}

/**
 * The followed value, kept live: from `early` when the page started one, else followed here.
 * `follow` and `early` are fixed for a page's lifetime (module-level), so this subscribes once.
 */
export function useFollowed<T>(follow: Follow<T>, early: EarlyFollow<T> | undefined, initial?: T): T | undefined {
  const [value, setValue] = useState(() => early?.latest ?? initial);
  useEffect(() => {
    if (early) {
      if (early.latest !== undefined) setValue(() => early.latest);
      const listener = (next: T) => setValue(() => next);
      early.listeners.add(listener);
      return () => void early.listeners.delete(listener);
    }
    const controller = new AbortController();
    follow((next) => setValue(() => next), controller.signal);
    return () => controller.abort();
  }, [follow, early]);
  return value;
}
