// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { appendToPauseLog, pauseLogKey } from '../../../src/core/reminders/pause-log';
import { local, useTimeZone } from '../../helpers/time-zones';

describe('pause log', () => {
  useTimeZone('America/New_York');

  it('keeps one key per local day', () => {
    expect(pauseLogKey(local(2026, 11, 23, 23, 59))).toBe('pauseLog:2026-11-23');
    expect(pauseLogKey(local(2026, 11, 24, 0, 1))).toBe('pauseLog:2026-11-24');
  });

  it('appends to what the day already holds, and keeps anything unexpected found there', () => {
    const at = local(2026, 11, 23, 10);
    const existing = { 'pauseLog:2026-11-23': [{ at: at - 1, outcome: 'taken' }] };
    expect(appendToPauseLog(existing, [{ at, outcome: 'snoozed' }])).toEqual({
      'pauseLog:2026-11-23': [{ at: at - 1, outcome: 'taken' }, { at, outcome: 'snoozed' }],
    });
    expect(appendToPauseLog({ 'pauseLog:2026-11-23': 'odd' }, [{ at, outcome: 'away', awayMinutes: 3 }])).toEqual({
      'pauseLog:2026-11-23': ['odd', { at, outcome: 'away', awayMinutes: 3 }],
    });
    expect(appendToPauseLog({}, [])).toEqual({});
  });
});
