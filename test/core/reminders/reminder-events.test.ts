import { describe, expect, it } from 'vitest';
import { defaultPreferences } from '../../../src/core/preferences';
import { respondTo, type ReminderContext } from '../../../src/core/reminders/reminder-events';
import { local } from '../../helpers/time-zones';

const reminders = defaultPreferences.reminders;
const monday = (hours: number, minutes = 0) => local(2026, 11, 23, hours, minutes);
const context = (state: ReminderContext['state'], area: ReminderContext['area'] = 'sync'): ReminderContext => ({ reminders, state, area });

describe('what the worker does about each event', () => {
  it('shows the reminder its alarm brings, and takes it down after a pause', () => {
    const rang = respondTo({ kind: 'alarm', scheduledTime: monday(10), busy: false, notificationsAllowed: true }, context({ rhythmFrom: monday(9) }), monday(10), 14);
    expect(rang).toMatchObject({ show: true, clear: false });
    const taken = respondTo({ kind: 'pause-opened' }, context(rang.state), monday(10, 1), 14);
    expect(taken).toMatchObject({ show: false, clear: true, sharePause: monday(10, 1), log: [{ at: monday(10, 1), outcome: 'taken' }] });
  });

  it('tells the other browsers of a pause only when preferences travel through sync', () => {
    expect(respondTo({ kind: 'pause-opened' }, context({ rhythmFrom: monday(9) }, 'local'), monday(10), 14).sharePause).toBeUndefined();
    expect(respondTo({ kind: 'pause-taken-elsewhere', at: monday(9, 30) }, context({ rhythmFrom: monday(9) }, 'local'), monday(10), 14).state).toEqual({ rhythmFrom: monday(9) });
  });

  it('notes blocked notifications when the alarm rings, and clears a reminder it skips', () => {
    const blocked = respondTo({ kind: 'alarm', scheduledTime: monday(10), busy: false, notificationsAllowed: false }, context({ rhythmFrom: monday(9) }), monday(10), 14);
    expect(blocked.state.notificationsBlocked).toBe(true);
    const late = respondTo({ kind: 'alarm', scheduledTime: monday(10), busy: false, notificationsAllowed: true }, context({ rhythmFrom: monday(9) }), monday(15), 14);
    expect(late).toMatchObject({ show: false, clear: true, log: [] });
  });

  it('answers a reminder that was up while the person was away by the rest they took', () => {
    const away = { rhythmFrom: monday(10), shownAt: monday(10), awaySince: monday(10, 5) };
    expect(respondTo({ kind: 'came-back' }, context(away), monday(11), 14)).toMatchObject({ clear: true, state: { rhythmFrom: monday(11) } });
  });

  it('keeps what a test reminder found out about notifications, and nothing else', () => {
    const state = { rhythmFrom: monday(9) };
    expect(respondTo({ kind: 'notifications-checked', allowed: false }, context(state), monday(10), 14)).toEqual({ state: { rhythmFrom: monday(9), notificationsBlocked: true }, log: [], show: false, clear: false });
    expect(respondTo({ kind: 'notifications-checked', allowed: true }, context(state), monday(10), 14).state).toBe(state);
  });
});
