import { MINUTE } from './time';

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

/** Spends one token per operation even when there aren't enough (a page being hidden writes anyway). */
export function spendWrite(budget: WriteBudget, now: number, rules: WriteBudgetRules = syncWriteRules, operations = 1): WriteBudget {
  const current = refill(budget, now, rules);
  return { tokens: current.tokens - operations, at: current.at };
}

/** Takes one token per operation, or says how long until there are enough. */
export function takeWrite(budget: WriteBudget, now: number, rules: WriteBudgetRules = syncWriteRules, operations = 1): WriteDecision {
  const current = refill(budget, now, rules);
  // A write never costs more than a full bucket, or it could never go.
  const cost = Math.min(operations, rules.capacity);
  if (current.tokens >= cost) return { allowed: true, budget: { tokens: current.tokens - cost, at: current.at } };
  return { allowed: false, budget: current, retryInMs: current.at + (cost - current.tokens) * rules.refillEveryMs - now };
}

/** Why the browser refused: its write rate (a window that reopens by itself), or room. */
export type Refusal = 'rate' | 'room';

/**
 * When to try a refused write again, for the `attempt`th refusal in a row. Chrome's per-minute
 * window reopens a minute after it began, so every 10 s stores the change within 10 s of that (at
 * most six refused tries a minute); still refused after that, it is the hour's quota, and tries
 * slow down as below. A full area, too many items or an unknown refusal change only when
 * something frees room, which waiting alone doesn't: 10 s, doubling, at most every 5 minutes.
 */
export function retryDelayMs(refusal: Refusal, attempt: number): number {
  const first = 10_000;
  const steady = refusal === 'rate' ? 7 : 1;
  return Math.min(first * 2 ** Math.max(0, attempt - steady), 5 * MINUTE);
}
