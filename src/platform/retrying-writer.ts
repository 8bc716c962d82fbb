import { retryDelayMs } from '../core/write-budget';
import { saveProblemOf, type SaveProblem } from './storage-errors';
import type { Items, WritePlan } from './storage';
import type { SyncWriter } from './sync-writer';

/** Changes the browser refused that are kept and written again. */
export interface KeptChanges {
  /** Their keys; empty once all of them are stored (or forgotten). */
  keys: readonly string[];
  /** Why the last try was refused; undefined once nothing is kept. */
  problem: SaveProblem | undefined;
}

export interface RetryingWriter extends SyncWriter {
  /**
   * As SyncWriter.write; with `keep`, a refused change is also kept and written again (see
   * retryDelayMs), with the next kept change and whenever the page is hidden, until a newer
   * change to it or forget() replaces it.
   */
  write(plan: WritePlan, options?: { keep?: boolean }): Promise<void>;
  /** Stops keeping these keys (a newer value from elsewhere has replaced them), or every key. */
  forget(keys?: readonly string[]): void;
  /** Drops what is kept and stops its timer (a test's writer being replaced). */
  close(): void;
}

type KeptValue = { value: unknown } | { removed: true };

const keysOf = (plan: WritePlan) => [...Object.keys(plan.set ?? {}), ...(plan.remove ?? [])];

/**
 * Keeps what the browser refuses and writes it again through the same sync writer, so a retry
 * goes in the same batch as newer changes and is counted by the same budget. Apart from the
 * writer itself because only pages ask for it: the worker's writer stays small.
 */
export function createRetryingWriter(writer: SyncWriter, onKept?: (kept: KeptChanges) => void): RetryingWriter {
  const kept = new Map<string, KeptValue>();
  /** Counts each key's kept changes, so a refused write never brings back a value a newer one replaced. */
  const versions = new Map<string, number>();
  let problem: SaveProblem | undefined;
  let refusals = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reported = JSON.stringify({ keys: [] });

  function stopTimer() {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  /** Tells onKept when what is kept, or why, has changed. */
  function report() {
    if (kept.size === 0) {
      problem = undefined;
      refusals = 0;
      stopTimer();
    }
    const state = { keys: [...kept.keys()].sort(), problem };
    if (JSON.stringify(state) === reported) return;
    reported = JSON.stringify(state);
    onKept?.(state);
  }

  function keptPlan(): { set: Items; remove: string[] } {
    const plan = { set: {} as Items, remove: [] as string[] };
    for (const [key, entry] of kept) {
      if ('value' in entry) plan.set[key] = entry.value;
      else plan.remove.push(key);
    }
    return plan;
  }

  /** Writes a plan whose keys are kept if refused, unless a newer change to one comes meanwhile. */
  function send(plan: WritePlan): Promise<void> {
    stopTimer();
    const sent = new Map(keysOf(plan).map((key) => [key, versions.get(key)]));
    const current = (key: string) => versions.get(key) === sent.get(key);
    const written = writer.write(plan);
    written.then(
      () => {
        for (const key of sent.keys()) if (current(key)) kept.delete(key);
        report();
      },
      (error: unknown) => {
        const why = saveProblemOf(error);
        for (const key of sent.keys()) {
          if (!current(key)) continue;
          // An item too large for sync never fits, however long it waits.
          if (why === 'item-too-large') kept.delete(key);
          else kept.set(key, key in (plan.set ?? {}) ? { value: plan.set?.[key] } : { removed: true });
        }
        if (kept.size > 0) {
          problem = why;
          refusals += 1;
          if (timer === undefined) timer = setTimeout(retry, retryDelayMs(why === 'too-many-writes' ? 'rate' : 'room', refusals));
        }
        report();
      },
    );
    return written;
  }

  function retry() {
    timer = undefined;
    if (kept.size > 0) send(keptPlan()).catch(() => undefined);
  }

  function write(plan: WritePlan, { keep = false } = {}): Promise<void> {
    if (!keep) return writer.write(plan);
    const keys = keysOf(plan);
    for (const key of keys) versions.set(key, (versions.get(key) ?? 0) + 1);
    // What is kept goes along, under this change's own values.
    const along = keptPlan();
    return send({
      set: { ...Object.fromEntries(Object.entries(along.set).filter(([key]) => !keys.includes(key))), ...plan.set },
      remove: [...along.remove.filter((key) => !keys.includes(key)), ...(plan.remove ?? [])],
    });
  }

  function flush(): Promise<void> {
    if (kept.size > 0) send(keptPlan()).catch(() => undefined);
    return writer.flush();
  }

  function forget(keys: readonly string[] = [...kept.keys()]): void {
    for (const key of keys) {
      if (!kept.delete(key)) continue;
      versions.set(key, (versions.get(key) ?? 0) + 1);
    }
    report();
  }

  function close(): void {
    kept.clear();
    stopTimer();
  }

  return { write, flush, forget, close };
}
