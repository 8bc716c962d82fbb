/*
 * A token bucket for storage.sync writes. Bursts of a few quick changes go straight through;
 * sustained typing or dragging is slowed to one write every few seconds, so no page can come
 * near the per-minute or per-hour write quotas.
 */
export interface WriteBudgetRules {
  capacity: number;
  refillEveryMs: number;
}

/** At most 10 + 20 = 30 operations in any minute and 10 + 1,200 in any hour (quota: 120 and 1,800). */
export const syncWriteRules: WriteBudgetRules = { capacity: 10, refillEveryMs: 3_000 };

export interface WriteBudget {
  tokens: number;
  at: number;
}

export function fullBudget(now: number, rules: WriteBudgetRules = syncWriteRules): WriteBudget {
  return { tokens: rules.capacity, at: now };
}

export function refill(budget: WriteBudget, now: number, rules: WriteBudgetRules = syncWriteRules): WriteBudget {
  // A clock that went backwards (a changed system time) neither adds nor removes tokens.
  if (now <= budget.at) return { tokens: budget.tokens, at: Math.min(budget.at, now) };
  const earned = Math.floor((now - budget.at) / rules.refillEveryMs);
  if (earned === 0) return budget;
  const tokens = Math.min(rules.capacity, budget.tokens + earned);
  const at = tokens === rules.capacity ? now : budget.at + earned * rules.refillEveryMs;
  return { tokens, at };
}

export type WriteDecision =
  | { allowed: true; budget: WriteBudget }
  | { allowed: false; budget: WriteBudget; retryInMs: number };

/**
 * How many storage operations a write costs: the browser is asked to set, then to remove
 * (src/platform/storage.ts), and each is a write to its quotas.
 */
export function writeOperations(plan: { set?: Record<string, unknown>; remove?: readonly string[] }): number {
  return (Object.keys(plan.set ?? {}).length > 0 ? 1 : 0) + ((plan.remove ?? []).length > 0 ? 1 : 0);
}

/** Takes one token per operation, or says how long until there are enough. */
export function takeWrite(budget: WriteBudget, now: number, rules: WriteBudgetRules = syncWriteRules, operations = 1): WriteDecision {
  const current = refill(budget, now, rules);
  // A write never costs more than a full bucket, or it could never go.
  const cost = Math.min(operations, rules.capacity);
  if (current.tokens >= cost) return { allowed: true, budget: { tokens: current.tokens - cost, at: current.at } };
  return { allowed: false, budget: current, retryInMs: current.at + (cost - current.tokens) * rules.refillEveryMs - now };
}
