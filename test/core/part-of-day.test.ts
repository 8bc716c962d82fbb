import { describe, expect, it } from 'vitest';
import { partOfDay } from '../../src/core/part-of-day';
import { local } from '../helpers/time-zones';

describe('partOfDay', () => {
  it.each([
    [4, 59, 'night'],
    [5, 0, 'morning'],
    [11, 59, 'morning'],
    [12, 0, 'afternoon'],
    [16, 59, 'afternoon'],
    [17, 0, 'evening'],
    [21, 59, 'evening'],
    [22, 0, 'night'],
    [0, 0, 'night'],
  ] as const)('%i:%i is %s, by the local clock', (hours, minutes, expected) => {
    expect(partOfDay(new Date(local(2026, 3, 29, hours, minutes)))).toBe(expected);
  });
});
