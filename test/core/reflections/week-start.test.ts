import { describe, expect, it } from 'vitest';
import { firstDayInRegion, firstDayOfWeek } from '../../../src/core/reflections/week-start';

describe('the first day of the week', () => {
  it.each([
    ['en-US', 0],
    ['ja-JP', 0],
    ['pt-BR', 0],
    ['en', 0],
    ['de-DE', 1],
    ['en-GB', 1],
    ['fr', 1],
    ['ar-EG', 6],
    ['fa-IR', 6],
  ] as const)('follows the locale %s', (locale, day) => {
    expect(firstDayOfWeek(locale)).toBe(day);
  });

  it.each([
    ['en-US', 0],
    ['en-CA', 0],
    ['ja', 0],
    ['de-AT', 1],
    ['en-GB', 1],
    ['ar-EG', 6],
    ['fa', 6],
  ] as const)('comes from the region table where the browser has no week data: %s', (locale, day) => {
    expect(firstDayOfWeek(locale, false)).toBe(day);
  });

  it('is Monday for a region the table does not name, and for no region', () => {
    expect(firstDayInRegion('NL')).toBe(1);
    expect(firstDayInRegion(undefined)).toBe(1);
  });

  it('is Monday for a locale that is not one, rather than failing', () => {
    expect(firstDayOfWeek('not a locale!')).toBe(1);
  });

  it('honours a first day the person chose in the locale itself', () => {
    expect(firstDayOfWeek('en-GB-u-fw-sun')).toBe(0);
  });
});
