// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWorkerMessage } from '../../../src/core/reminders/worker-messages';

describe('parseWorkerMessage', () => {
  it('accepts the requests pages make', () => {
    expect(parseWorkerMessage({ kind: 'snooze', minutes: 15 })).toEqual({ kind: 'snooze', minutes: 15 });
    expect(parseWorkerMessage({ kind: 'pause-reminders', length: 'tomorrow' })).toEqual({ kind: 'pause-reminders', length: 'tomorrow' });
    expect(parseWorkerMessage({ kind: 'resume' })).toEqual({ kind: 'resume' });
  });

  it('ignores anything else without throwing', () => {
    expect(parseWorkerMessage({ kind: 'snooze', minutes: 7 })).toBeUndefined();
    expect(parseWorkerMessage({ kind: 'delete-everything' })).toBeUndefined();
    fc.assert(fc.property(fc.anything(), (message) => void parseWorkerMessage(message)));
  });
});
