// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScheduleState } from '../../../src/core/reminders/schedule-state';
import { scheduleState } from '../../helpers/reminder-arbitraries';

const now = Date.UTC(2026, 10, 23, 12);

describe('parseScheduleState', () => {
  it('reads back every schedule the worker can store', () => {
    fc.assert(
      fc.property(scheduleState, (state) => {
        expect(parseScheduleState(JSON.parse(JSON.stringify(state)), state.rhythmFrom)).toEqual({ state, repaired: false });
      }),
    );
  });

  it('starts a fresh plan from now when nothing is stored', () => {
    expect(parseScheduleState(undefined, now)).toEqual({ state: { rhythmFrom: now }, repaired: false });
  });

  it('falls back to a fresh plan, without throwing, for anything unreadable', () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        const { state } = parseScheduleState(stored, now);
        expect(typeof state.rhythmFrom).toBe('number');
      }),
    );
    expect(parseScheduleState({ rhythmFrom: 'yesterday' }, now)).toEqual({ state: { rhythmFrom: now }, repaired: true });
    expect(parseScheduleState({ rhythmFrom: now, pause: { until: -5 } }, now).repaired).toBe(true);
  });

  it('does not trust a rhythm that starts in the future (a clock set back)', () => {
    expect(parseScheduleState({ rhythmFrom: now + 3_600_000 }, now)).toEqual({ state: { rhythmFrom: now }, repaired: true });
  });
});
