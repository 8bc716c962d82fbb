// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { summarizeActiveDays } from '../../src/core/active-days';

describe('summarizeActiveDays', () => {
  it('names the common sets of days', () => {
    expect(summarizeActiveDays([5, 4, 3, 2, 1])).toEqual({ kind: 'weekdays' });
    expect(summarizeActiveDays([0, 1, 2, 3, 4, 5, 6])).toEqual({ kind: 'every-day' });
    expect(summarizeActiveDays([6, 0])).toEqual({ kind: 'weekend' });
    expect(summarizeActiveDays([])).toEqual({ kind: 'none' });
  });

  it('lists other days Monday first, with Sunday last', () => {
    expect(summarizeActiveDays([0, 3, 1])).toEqual({ kind: 'list', days: [1, 3, 0] });
  });
});
