import { oversizedSyncItems } from '../core/sync-quota';
import { fullBudget, retryDelayMs, spendWrite, syncWriteRules, takeWrite, writeOperations, type WriteBudgetRules } from '../core/write-budget';
import { saveProblemOf, StorageQuotaError, type SaveProblem } from './storage-errors';
import { writeItems, type Items, type WritePlan } from './storage';

/** Changes the browser refused that the writer keeps and writes again. */
export interface KeptChanges {
  /** Their keys; empty once all of them are stored (or forgotten). */
  keys: readonly string[];
  /** Why the last try was refused; undefined once nothing is kept. */
  problem: SaveProblem | undefined;
}

export interface SyncWriterOptions {
  /** Quiet time after the last change before writing. */
  debounceMs?: number;
  /** A change is written within this long even while changes keep coming. */
  maxWaitMs?: number;
  rules?: WriteBudgetRules;
  now?: () => number;
  /** Told each time what is kept changes: after a refusal, and once a later try has stored it. */
  onKept?: (kept: KeptChanges) => void;
}

export interface SyncWriter {
  /**
   * Resolves once this change is stored; rejects with a StorageQuotaError if it can't be. With
   * `keep`, a refused change also stays in the writer and is written again (see retryDelayMs),
   * with the next change and whenever the page is hidden, unless a newer one replaces it.
   */
  write(plan: WritePlan, options?: { keep?: boolean }): Promise<void>;
  /** Writes whatever is waiting or kept now, budget or not (used when a page is being hidden). */
  flush(): Promise<void>;
  /** Stops keeping these keys: a newer value from elsewhere has replaced them. */
  forget(keys: readonly string[]): void;
  /** Drops what is waiting and stops its timer (a test's writer being replaced). */
  close(): void;
}

interface Waiter {
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Batches changes to storage.sync: typing or dragging becomes a few writes instead of hundreds,
 * and a token bucket (one token per operation the write costs) keeps even a page left open for
 * hours inside the write quotas. The budget is per page; the bucket leaves room for several pages
 * open at once. A refused change asked to be kept is written again here, where the quota is known,
 * and goes in the same write as whatever changed since.
 */
export function createSyncWriter(options: SyncWriterOptions = {}): SyncWriter {
  const { debounceMs = 400, maxWaitMs = 1_000, rules = syncWriteRules, now = Date.now, onKept } = options;
  let budget = fullBudget(now(), rules);
  let set: Items = {};
  let remove = new Set<string>();
  /** Keys waiting to be written that are to be kept if the browser refuses them. */
  let keep = new Set<string>();
  /** Counts each key's changes, so a refused write never puts back a value newer ones replaced. */
  const versions = new Map<string, number>();
  const bump = (key: string) => versions.set(key, (versions.get(key) ?? 0) + 1);
  let waiters: Waiter[] = [];
  let firstChangeAt: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Refused and kept: the keys, why, and how many tries in a row were refused. */
  const kept = new Set<string>();
  let problem: SaveProblem | undefined;
  let refusals = 0;

  function schedule(delayMs: number) {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void attempt(false), Math.max(0, delayMs));
  }

  const waiting = () => waiters.length > 0 || Object.keys(set).length > 0 || remove.size > 0;

  let reported = JSON.stringify({ keys: [] });
  /** Tells onKept when what is kept, or why, has changed. */
  function report() {
    if (kept.size === 0) {
      problem = undefined;
      refusals = 0;
    }
    const state = { keys: [...kept].sort(), problem };
    if (JSON.stringify(state) === reported) return;
    reported = JSON.stringify(state);
    onKept?.(state);
  }

  /**
   * Puts the kept keys of a refused plan back, unless a newer change to them came meanwhile
   * (waiting, or on its way in a later write, whose own outcome then counts).
   */
  function putBack(plan: { set: Items; remove: string[] }, planVersions: ReadonlyMap<string, number | undefined>, keys: ReadonlySet<string>): void {
    for (const key of [...Object.keys(plan.set), ...plan.remove]) {
      if (versions.get(key) !== planVersions.get(key)) continue;
      if (!keys.has(key)) {
        kept.delete(key);
        continue;
      }
      if (key in plan.set) set[key] = plan.set[key];
      else remove.add(key);
      keep.add(key);
      kept.add(key);
    }
  }

  async function attempt(evenIfSpent: boolean): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!waiting()) return;
    const plan = { set, remove: [...remove] };
    const operations = writeOperations(plan);
    const decision = takeWrite(budget, now(), rules, operations);
    if (!decision.allowed && !evenIfSpent) {
      budget = decision.budget;
      return schedule(decision.retryInMs);
    }
    budget = decision.allowed ? decision.budget : spendWrite(budget, now(), rules, operations);

    const settled = waiters;
    const keeping = keep;
    const planVersions = new Map([...Object.keys(plan.set), ...plan.remove].map((key) => [key, versions.get(key)]));
    set = {};
    remove = new Set();
    keep = new Set();
    waiters = [];
    firstChangeAt = undefined;
    try {
      await writeItems('sync', plan);
      for (const key of [...Object.keys(plan.set), ...plan.remove]) kept.delete(key);
      report();
      for (const waiter of settled) waiter.resolve();
    } catch (error) {
      problem = saveProblemOf(error);
      // An item too large for sync never fits, however long it waits.
      putBack(plan, planVersions, problem === 'item-too-large' ? new Set() : keeping);
      refusals += 1;
      report();
      for (const waiter of settled) waiter.reject(error);
      if (kept.size > 0 && timer === undefined) schedule(retryDelayMs(problem === 'too-many-writes' ? 'rate' : 'room', refusals));
    }
  }

  function write(plan: WritePlan, { keep: keepIfRefused = false } = {}): Promise<void> {
    const oversized = oversizedSyncItems(plan.set ?? {});
    if (oversized.length > 0) return Promise.reject(new StorageQuotaError('sync', 'item-too-large', oversized));

    for (const [key, value] of Object.entries(plan.set ?? {})) {
      set[key] = value;
      remove.delete(key);
      bump(key);
      if (keepIfRefused) keep.add(key);
    }
    for (const key of plan.remove ?? []) {
      delete set[key];
      remove.add(key);
      bump(key);
      if (keepIfRefused) keep.add(key);
    }
    const at = now();
    firstChangeAt ??= at;
    schedule(Math.min(debounceMs, firstChangeAt + maxWaitMs - at));
    return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
  }

  function forget(keys: readonly string[]): void {
    for (const key of keys) {
      if (!kept.has(key)) continue;
      kept.delete(key);
      bump(key);
      delete set[key];
      remove.delete(key);
      keep.delete(key);
    }
    report();
    if (!waiting() && timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
  }

  function close(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    set = {};
    remove = new Set();
    keep = new Set();
    waiters = [];
    kept.clear();
  }

  return { write, flush: () => attempt(true), forget, close };
}
