// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SYNC_QUOTA } from '../../src/core/sync-quota';
import { fullBudget, syncWriteRules, takeWrite, type WriteBudget } from '../../src/core/write-budget';

/** Feeds requests at the given times through the budget; returns when writes were allowed. */
function allowedTimes(requestTimes: number[]): number[] {
  let budget: WriteBudget = fullBudget(0);
  const allowed: number[] = [];
  for (const at of requestTimes) {
    const decision = takeWrite(budget, at);
    budget = decision.budget;
    if (decision.allowed) allowed.push(at);
  }
  return allowed;
}

function mostInAnyWindow(times: number[], windowMs: number): number {
  let most = 0;
  for (let start = 0, end = 0; end < times.length; end++) {
    while ((times[end] ?? 0) - (times[start] ?? 0) >= windowMs) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

describe('sync write budget', () => {
  it('lets a short burst of changes straight through', () => {
    expect(allowedTimes([0, 10, 20, 30, 40])).toEqual([0, 10, 20, 30, 40]);
  });

  it('slows sustained writing to one write every few seconds', () => {
    const everyTenthOfASecond = Array.from({ length: 600 }, (_, i) => i * 100);
    const allowed = allowedTimes(everyTenthOfASecond);
    expect(allowed.length).toBe(syncWriteRules.capacity + Math.floor(59_900 / syncWriteRules.refillEveryMs));
  });

  it('says how long to wait when there is no budget left', () => {
    let budget = fullBudget(0);
    for (let i = 0; i < syncWriteRules.capacity; i++) budget = takeWrite(budget, 0).budget;
    expect(takeWrite(budget, 1_000)).toMatchObject({ allowed: false, retryInMs: syncWriteRules.refillEveryMs - 1_000 });
  });

  it('never lets any minute or hour pass the storage.sync write quotas, whatever the timing', () => {
    const gaps = fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 1, maxLength: 3_000 });
    fc.assert(
      fc.property(gaps, (steps) => {
        let at = 0;
        const times = steps.map((gap) => (at += gap));
        const allowed = allowedTimes(times);
        expect(mostInAnyWindow(allowed, 60_000)).toBeLessThanOrEqual(SYNC_QUOTA.writesPerMinute / 2);
        expect(mostInAnyWindow(allowed, 3_600_000)).toBeLessThanOrEqual(SYNC_QUOTA.writesPerHour);
      }),
      { numRuns: 60 },
    );
  });

  it('neither gains nor loses budget when the clock goes backwards', () => {
    const spent = takeWrite(fullBudget(10_000), 10_000).budget;
    const after = takeWrite(spent, 5_000);
    expect(after.allowed).toBe(true);
    expect(after.budget.tokens).toBe(syncWriteRules.capacity - 2);
  });
});
