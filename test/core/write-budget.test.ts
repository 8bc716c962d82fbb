// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SYNC_QUOTA } from '../../src/core/sync-quota';
import { fullBudget, retryDelayMs, spendWrite, syncWriteRules, takeWrite, writeOperations, type WriteBudget } from '../../src/core/write-budget';

/** Feeds requests at the given times through the budget; returns when writes were allowed. */
function allowedTimes(requestTimes: number[]): number[] {
  return allowedOperations(requestTimes.map((at) => ({ at, operations: 1 })));
}

/** The same with writes of one or two operations: one entry per operation that went. */
function allowedOperations(requests: { at: number; operations: number }[]): number[] {
  let budget: WriteBudget = fullBudget(0);
  const allowed: number[] = [];
  for (const { at, operations } of requests) {
    const decision = takeWrite(budget, at, syncWriteRules, operations);
    budget = decision.budget;
    if (decision.allowed) for (let i = 0; i < operations; i++) allowed.push(at);
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

  it('counts a write that sets and removes as the two operations the browser sees', () => {
    expect(writeOperations({ set: { a: 1 } })).toBe(1);
    expect(writeOperations({ remove: ['a'] })).toBe(1);
    expect(writeOperations({ set: { a: 1 }, remove: ['b'] })).toBe(2);
    expect(writeOperations({ set: {}, remove: [] })).toBe(0);
    // Five such writes spend the ten tokens; the sixth waits for two to come back.
    let budget = fullBudget(0);
    for (let i = 0; i < 5; i++) budget = takeWrite(budget, 0, syncWriteRules, 2).budget;
    expect(takeWrite(budget, 0, syncWriteRules, 2)).toMatchObject({ allowed: false, retryInMs: 2 * syncWriteRules.refillEveryMs });
    expect(takeWrite(budget, 0, syncWriteRules, 1)).toMatchObject({ allowed: false, retryInMs: syncWriteRules.refillEveryMs });
  });

  it('keeps the operations of any minute to a quarter of the quota, and of any hour inside it, however writes mix sets and removals', () => {
    // Gaps up to 2 s: often enough to spend the budget, as quick changes on a page do.
    const requests = fc.array(fc.record({ gap: fc.integer({ min: 0, max: 2_000 }), operations: fc.integer({ min: 1, max: 2 }) }), { minLength: 1, maxLength: 3_000, size: 'max' });
    fc.assert(
      fc.property(requests, (steps) => {
        let at = 0;
        const allowed = allowedOperations(steps.map(({ gap, operations }) => ({ at: (at += gap), operations })));
        // A full bucket and a minute's refills: 30 operations, a quarter of the quota.
        expect(mostInAnyWindow(allowed, 60_000)).toBeLessThanOrEqual(syncWriteRules.capacity + 60_000 / syncWriteRules.refillEveryMs);
        expect(mostInAnyWindow(allowed, 60_000)).toBeLessThanOrEqual(SYNC_QUOTA.writesPerMinute / 4);
        expect(mostInAnyWindow(allowed, 3_600_000)).toBeLessThanOrEqual(SYNC_QUOTA.writesPerHour);
      }),
      { numRuns: 60 },
    );
  });

  it('can spend past nothing for a page being hidden, and pays it back before the next write', () => {
    const spent = spendWrite(fullBudget(0), 0, syncWriteRules, syncWriteRules.capacity + 2);
    expect(spent.tokens).toBe(-2);
    expect(takeWrite(spent, 2 * syncWriteRules.refillEveryMs).allowed).toBe(false);
    expect(takeWrite(spent, 3 * syncWriteRules.refillEveryMs).allowed).toBe(true);
  });
});

describe('trying a refused write again', () => {
  it('every 10 s for the minute the browser counts too many writes, then less often (its hour)', () => {
    expect([1, 2, 6, 7, 8, 9, 12, 30].map((attempt) => retryDelayMs('rate', attempt))).toEqual([
      10_000, 10_000, 10_000, 10_000, 20_000, 40_000, 300_000, 300_000,
    ]);
  });

  it('less and less often while there is no room, at most every 5 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map((attempt) => retryDelayMs('room', attempt))).toEqual([10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000]);
  });
});
