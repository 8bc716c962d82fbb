import { oversizedSyncItems } from '../core/sync-quota';
import { fullBudget, spendWrite, syncWriteRules, takeWrite, writeOperations, type WriteBudgetRules } from '../core/write-budget';
import { StorageQuotaError } from './storage-errors';
import { writeItems, type Items, type WritePlan } from './storage';

export interface SyncWriterOptions {
  /** Quiet time after the last change before writing. */
  debounceMs?: number;
  /** A change is written within this long even while changes keep coming. */
  maxWaitMs?: number;
  rules?: WriteBudgetRules;
  now?: () => number;
}

export interface SyncWriter {
  /** Resolves once this change is stored; rejects with a StorageQuotaError if it can't be. */
  write(plan: WritePlan): Promise<void>;
  /** Writes whatever is waiting now, budget or not (used when a page is being hidden). */
  flush(): Promise<void>;
}

interface Waiter {
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Batches changes to storage.sync: typing or dragging becomes a few writes instead of hundreds,
 * and a token bucket (one token per operation a write costs: a set and a remove are two) keeps
 * even a page left open for hours inside the write quotas.
 * The budget is per page; the bucket leaves room for several pages open at once.
 */
export function createSyncWriter(options: SyncWriterOptions = {}): SyncWriter {
  const { debounceMs = 400, maxWaitMs = 1_000, rules = syncWriteRules, now = Date.now } = options;
  let budget = fullBudget(now(), rules);
  let set: Items = {};
  let remove = new Set<string>();
  let waiters: Waiter[] = [];
  let firstChangeAt: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function schedule(delayMs: number) {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void attempt(false), Math.max(0, delayMs));
  }

  async function attempt(evenIfSpent: boolean): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (waiters.length === 0) return;
    const plan: WritePlan = { set, remove: [...remove] };
    const operations = writeOperations(plan);
    const decision = takeWrite(budget, now(), rules, operations);
    if (!decision.allowed && !evenIfSpent) {
      budget = decision.budget;
      return schedule(decision.retryInMs);
    }
    // A page being hidden may not get another chance: it writes, and the budget pays it back later.
    budget = decision.allowed ? decision.budget : spendWrite(budget, now(), rules, operations);

    const settled = waiters;
    set = {};
    remove = new Set();
    waiters = [];
    firstChangeAt = undefined;
    try {
      await writeItems('sync', plan);
      for (const waiter of settled) waiter.resolve();
    } catch (error) {
      for (const waiter of settled) waiter.reject(error);
    }
  }

  function write(plan: WritePlan): Promise<void> {
    const oversized = oversizedSyncItems(plan.set ?? {});
    if (oversized.length > 0) return Promise.reject(new StorageQuotaError('sync', 'item-too-large', oversized));

    for (const [key, value] of Object.entries(plan.set ?? {})) {
      set[key] = value;
      remove.delete(key);
    }
    for (const key of plan.remove ?? []) {
      delete set[key];
      remove.add(key);
    }
    const at = now();
    firstChangeAt ??= at;
    schedule(Math.min(debounceMs, firstChangeAt + maxWaitMs - at));
    return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
  }

  return { write, flush: () => attempt(true) };
}
