import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApis, fire, installWorkerAt, pauseLog, reminderAlarm, sendMessage, startWorker, storedSchedule } from '../helpers/worker';
import { local } from '../helpers/time-zones';

const monday = (hours: number, minutes = 0) => local(2026, 11, 23, hours, minutes);
const at = (time: number) => vi.setSystemTime(time);
/** The reminder alarm rings now, as the browser rings it: with the time it was set for. */
const alarm = async () => {
  const scheduledTime = (await reminderAlarm())?.scheduledTime ?? Date.now();
  await fire(fakeBrowser.alarms.onAlarm.trigger({ name: 'kindly-pause', scheduledTime } as never));
};
const notifications = () => fakeBrowser.notifications.getAllCreateOptions();
const windowsCreate = () => vi.spyOn(fakeBrowser.windows, 'create');

beforeEach(async () => {
  await installWorkerAt(monday(9, 30));
});
afterEach(() => vi.useRealTimers());

describe('the reminder worker', () => {
  it('after install, sets one alarm for one rhythm later and sets the idle threshold', async () => {
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(10, 30));
    expect(fakeApis().idle.detectionInterval).toBe(5 * 60);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('shows one warm notification when the alarm rings, and plans the next', async () => {
    at(monday(10, 30));
    await alarm();
    const shown = notifications()['kindly-pause'];
    expect(shown).toMatchObject({ title: 'A moment for you', buttons: [{ title: 'Take a pause' }, { title: 'Snooze 15 min' }], silent: false });
    expect(shown?.message.length).toBeGreaterThan(20);
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(11, 30));
  });

  it('replaces an unanswered notification instead of stacking a second one', async () => {
    at(monday(10, 30));
    await alarm();
    const first = notifications()['kindly-pause']?.message;
    at(monday(11, 30));
    await alarm();
    expect(Object.keys(notifications())).toEqual(['kindly-pause']);
    expect(notifications()['kindly-pause']?.message).not.toBe(first);
    expect(await pauseLog()).toEqual([{ at: monday(11, 30), outcome: 'unanswered' }]);
  });

  it('opens the pause window from the notification button or a click, and records the pause once it opens', async () => {
    const create = windowsCreate();
    const focus = vi.spyOn(fakeBrowser.windows, 'update');
    at(monday(10, 30));
    await alarm();
    await fire(fakeBrowser.notifications.onButtonClicked.trigger('kindly-pause', 0));
    // One pause window at a time: asked again, the open one comes to the front.
    await fire(fakeBrowser.notifications.onClicked.trigger('kindly-pause'));
    await fire(fakeApis().commands.onCommand.trigger('start-pause'));
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[0]).toMatchObject({ url: expect.stringContaining('pause.html') as string, type: 'popup' });
    expect(focus).toHaveBeenCalledTimes(2);
    expect(focus.mock.calls[0]?.[1]).toEqual({ focused: true });
    at(monday(10, 31));
    await fire(sendMessage({ kind: 'pause-opened' }));
    expect(await pauseLog()).toEqual([{ at: monday(10, 31), outcome: 'taken' }]);
    expect(notifications()).toEqual({});
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(11, 31));
    await vi.waitFor(async () => expect(await fakeBrowser.storage.sync.get(null)).toEqual({ lastPauseAt: monday(10, 31) }));
  });

  it('snoozes for 15 minutes from the notification, and shows it on the badge', async () => {
    at(monday(10, 30));
    await alarm();
    await fire(fakeBrowser.notifications.onButtonClicked.trigger('kindly-pause', 1));
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(10, 45));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('zz');
    expect(await pauseLog()).toEqual([{ at: monday(10, 30), outcome: 'snoozed' }]);
    at(monday(10, 45));
    await alarm();
    expect(notifications()['kindly-pause']).toBeDefined();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('records a dismissed reminder neutrally and keeps the rhythm', async () => {
    at(monday(10, 30));
    await alarm();
    await fire(fakeBrowser.notifications.onClosed.trigger('kindly-pause', true));
    expect(await pauseLog()).toEqual([{ at: monday(10, 30), outcome: 'dismissed' }]);
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(11, 30));
  });

  it('treats idle and locked time as rest: no alarm while away, one entry and a fresh rhythm on return', async () => {
    for (const away of ['idle', 'locked'] as const) {
      at(monday(10));
      await fire(fakeApis().idle.onStateChanged.trigger(away));
      expect(await reminderAlarm()).toBeUndefined();
      at(monday(12));
      await fire(fakeApis().idle.onStateChanged.trigger('active'));
      expect((await reminderAlarm())?.scheduledTime).toBe(monday(13));
    }
    expect(await pauseLog()).toEqual([
      { at: monday(12), outcome: 'away', awayMinutes: 125 },
      { at: monday(12), outcome: 'away', awayMinutes: 120 },
    ]);
  });

  it('does not show a reminder late after sleep; plans the next from now, and records nothing', async () => {
    at(monday(13, 5));
    await alarm();
    expect(notifications()).toEqual({});
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(14, 5));
    expect(await pauseLog()).toEqual([]);
  });

  it('at browser start, an alarm that was due while it was closed logs no time away', async () => {
    at(monday(15));
    await alarm();
    await fire(fakeBrowser.runtime.onStartup.trigger());
    expect(await pauseLog()).toEqual([]);
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(16));
  });

  it('waits while the focused window is fullscreen, and checks again a few minutes later', async () => {
    vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockResolvedValue({ state: 'fullscreen', focused: true } as never);
    at(monday(10, 30));
    await alarm();
    expect(notifications()).toEqual({});
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(10, 33));
  });

  it('waits while a tab plays sound, only if the person asked for that', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ audible: true }] as never);
    at(monday(10, 30));
    await alarm();
    expect(notifications()['kindly-pause']).toBeDefined();
    await fakeBrowser.storage.sync.set({ 'reminders.waitDuringAudio': true });
    await fire(Promise.resolve());
    at(monday(11, 30));
    await alarm();
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(11, 33));
  });

  it('falls back to the badge when the system blocks notifications, and remembers to say so', async () => {
    (fakeBrowser.notifications as unknown as { getPermissionLevel: () => Promise<string> }).getPermissionLevel = () => Promise.resolve('denied');
    at(monday(10, 30));
    await alarm();
    expect(notifications()).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('•');
    expect(await storedSchedule()).toMatchObject({ notificationsBlocked: true });
  });

  it('falls back to the badge when creating the notification fails', async () => {
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('Notifications are disabled'));
    at(monday(10, 30));
    await alarm();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('•');
    expect(await storedSchedule()).toMatchObject({ notificationsBlocked: true });
  });

  it("shows the notification without buttons where the browser refuses them (Firefox)", async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    create.mockImplementationOnce(() => {
      throw new Error('Type error for parameter options: Property "buttons" is unsupported by Firefox');
    });
    at(monday(10, 30));
    await alarm();
    expect(create).toHaveBeenCalledTimes(2);
    expect(notifications()['kindly-pause']?.buttons).toBeUndefined();
  });

  it('opens the pause window instead, or only marks the badge, when the person chose that', async () => {
    const create = windowsCreate();
    await fakeBrowser.storage.sync.set({ 'reminders.style': 'window' });
    at(monday(10, 30));
    await alarm();
    expect(create).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.sync.set({ 'reminders.style': 'badge' });
    at(monday(11, 30));
    await alarm();
    expect(notifications()).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('•');
  });

  it('keeps notifications silent when sound is off', async () => {
    await fakeBrowser.storage.sync.set({ 'reminders.sound': false });
    at(monday(10, 30));
    await alarm();
    expect(notifications()['kindly-pause']?.silent).toBe(true);
  });

  it('opens the pause window on a given exercise and step, for "Pop out" from the popup', async () => {
    const create = windowsCreate();
    await fire(sendMessage({ kind: 'start-pause', exercise: 'name-it', step: 2 }));
    expect(create.mock.calls[0]?.[0]?.url).toMatch(/pause\.html\?exercise=name-it&step=2$/);
    // The page's own size; the page adds the window's frame once open (pause-window-size.ts).
    expect(create.mock.calls[0]?.[0]).toMatchObject({ type: 'popup', width: 440, height: 600 });
  });

  it('keeps what was picked in a popped-out exercise in memory for the pause window, never in its address', async () => {
    const create = windowsCreate();
    const answers = { quadrant: 'pleasant-low', emotions: ['calm'], notes: { 'makes-sense': { text: 'A long week.', keep: true } }, pickedValues: [] };
    await fire(sendMessage({ kind: 'start-pause', exercise: 'name-it', step: 1, answers }));
    expect(create.mock.calls[0]?.[0]?.url).toMatch(/pause\.html\?exercise=name-it&step=1$/);
    expect((await fakeBrowser.storage.session.get('poppedOutAnswers')).poppedOutAnswers).toEqual({ exercise: 'name-it', answers });
    // The next pause window asked for without an exercise starts with nothing carried.
    await fire(sendMessage({ kind: 'start-pause' }));
    expect(await fakeBrowser.storage.session.get('poppedOutAnswers')).toEqual({});
  });

  it('opens the pause window from the keyboard shortcut', async () => {
    const create = windowsCreate();
    await fire(fakeApis().commands.onCommand.trigger('start-pause'));
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('reschedules at once when the rhythm changes, keeping the time already elapsed', async () => {
    at(monday(10));
    await fire(fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 90 }));
    await vi.waitFor(async () => expect((await reminderAlarm())?.scheduledTime).toBe(monday(11)));
    await fire(fakeBrowser.storage.sync.set({ 'reminders.enabled': false }));
    await vi.waitFor(async () => expect(await reminderAlarm()).toBeUndefined());
  });

  it('starts a fresh rhythm when the browser starts', async () => {
    at(monday(14, 10));
    await fire(fakeBrowser.runtime.onStartup.trigger());
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(15, 10));
  });

  it('snooze only postpones: with no reminder waiting it changes nothing and records nothing', async () => {
    at(monday(10));
    await fire(sendMessage({ kind: 'snooze', minutes: 5 }));
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(10, 30));
    expect(await pauseLog()).toEqual([]);
    // A reminder that is showing comes back five minutes later.
    at(monday(10, 30));
    await alarm();
    at(monday(10, 31));
    await fire(sendMessage({ kind: 'snooze', minutes: 5 }));
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(10, 36));
    expect(notifications()).toEqual({});
    expect(await pauseLog()).toEqual([{ at: monday(10, 31), outcome: 'snoozed' }]);
  });

  it('a reminder snoozed past the active hours comes back with the next active hours’ rhythm', async () => {
    at(monday(17, 50));
    await fire(sendMessage({ kind: 'resume' }));
    at(monday(18, 50));
    // Active until 18:00: the rhythm planned nothing more today; the reminder that showed at
    // 17:55 is still up when the person snoozes it.
    await fakeBrowser.storage.local.set({ schedule: { rhythmFrom: monday(17, 55), shownAt: monday(17, 55) } });
    at(monday(17, 58));
    await fire(sendMessage({ kind: 'snooze', minutes: 15 }));
    expect((await reminderAlarm())?.scheduledTime).toBe(local(2026, 11, 24, 10, 0));
  });

  it('pauses and resumes on request from the popup, with the badge to match', async () => {
    at(monday(10));
    await fire(sendMessage({ kind: 'pause-reminders', length: 'hour' }));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('off');
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(11));
    await fire(sendMessage({ kind: 'pause-reminders', length: 'until-resumed' }));
    expect(await reminderAlarm()).toBeUndefined();
    at(monday(12));
    await fire(sendMessage({ kind: 'resume' }));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(13));
  });

  it('shows a test reminder as a real one looks, marked as a test, leaving the rhythm and the record alone', async () => {
    at(monday(9, 45));
    const schedule = await storedSchedule();
    await fire(sendMessage({ kind: 'test-reminder' }));
    expect(notifications()['kindly-test-reminder']).toMatchObject({
      title: 'A test reminder: this is how one looks',
      buttons: [{ title: 'Take a pause' }, { title: 'Snooze 15 min' }],
    });
    expect(notifications()['kindly-pause']).toBeUndefined();
    // Its buttons and a click open a test pause, which counts for nothing.
    const create = windowsCreate();
    await fire(fakeBrowser.notifications.onButtonClicked.trigger('kindly-test-reminder', 0));
    expect(create.mock.calls[0]?.[0]).toMatchObject({ url: expect.stringMatching(/pause\.html\?test=1$/) as string });
    await fire(fakeBrowser.notifications.onButtonClicked.trigger('kindly-test-reminder', 1));
    expect(notifications()).toEqual({});
    expect(await storedSchedule()).toEqual(schedule);
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(10, 30));
    expect(await pauseLog()).toEqual([]);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('a test reminder in the pause-window style opens a test pause, and changes nothing', async () => {
    await fire(fakeBrowser.storage.sync.set({ 'reminders.style': 'window' }));
    const schedule = await storedSchedule();
    const create = windowsCreate();
    await fire(sendMessage({ kind: 'test-reminder' }));
    expect(create.mock.calls[0]?.[0]).toMatchObject({ url: expect.stringMatching(/pause\.html\?test=1$/) as string });
    expect(await storedSchedule()).toEqual(schedule);
    expect(await pauseLog()).toEqual([]);
    // A real reminder meanwhile shows the real pause in the same window.
    at(monday(10, 30));
    await alarm();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('a test reminder says so when the system blocks notifications, and shows the badge in badge style', async () => {
    (fakeBrowser.notifications as unknown as { getPermissionLevel: () => Promise<string> }).getPermissionLevel = () => Promise.resolve('denied');
    await fire(sendMessage({ kind: 'test-reminder' }));
    expect(await storedSchedule()).toMatchObject({ notificationsBlocked: true });
    await fakeBrowser.storage.sync.set({ 'reminders.style': 'badge' });
    await fire(sendMessage({ kind: 'test-reminder' }));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('•');
  });

  it('sets the alarm again even when storing the schedule fails, and keeps the problem for the options page', async () => {
    at(monday(10, 30));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await alarm();
    // The reminder still shows, and the next one is planned as if it had been stored.
    expect(notifications()['kindly-pause']).toBeDefined();
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(11, 30));
    expect(await fakeBrowser.storage.session.get('reminderProblem')).toEqual({ reminderProblem: { at: monday(10, 30), kind: 'area-full' } });
    // Once storing works again, the problem is no longer on record.
    vi.mocked(fakeBrowser.storage.local.set).mockRestore();
    at(monday(10, 40));
    await fire(sendMessage({ kind: 'pause-opened' }));
    expect(await fakeBrowser.storage.session.get(null)).not.toHaveProperty('reminderProblem');
  });

  it('tries again in a minute when it can’t even read its schedule', async () => {
    at(monday(10, 30));
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
    await alarm();
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(10, 31));
  });

  it('keeps an alarm set for a pause that is due, rather than setting it again for now', async () => {
    // Due at 10:30; the worker wakes for something else at 10:30:20, before the alarm rang.
    at(monday(10, 30) + 20_000);
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await fire(fakeApis().idle.onStateChanged.trigger('active'));
    expect(create).not.toHaveBeenCalled();
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(10, 30));
  });

  it('ignores messages it does not know', async () => {
    await fire(sendMessage({ kind: 'format-disk' }));
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(10, 30));
  });

  it('loses nothing and doubles nothing when the worker is stopped and started again', async () => {
    at(monday(10, 30));
    await alarm();
    const schedule = await storedSchedule();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    at(monday(10, 40));
    await startWorker();
    expect(await storedSchedule()).toEqual(schedule);
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(11, 30));
    expect(create).not.toHaveBeenCalled();
  });

  it('replaces a corrupted schedule with a fresh plan instead of failing', async () => {
    await fakeBrowser.storage.local.set({ schedule: { rhythmFrom: 'soon', pause: 7 } });
    at(monday(11));
    await startWorker();
    expect(await storedSchedule()).toEqual({ rhythmFrom: monday(11) });
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(12));
  });

  it('stores each reminder in one storage.local write, and a taken pause in one local and one sync write', async () => {
    const local = vi.spyOn(fakeBrowser.storage.local, 'set');
    const sync = vi.spyOn(fakeBrowser.storage.sync, 'set');
    at(monday(10, 30));
    await alarm();
    expect(local).toHaveBeenCalledTimes(1);
    await fire(sendMessage({ kind: 'pause-opened' }));
    await vi.waitFor(() => expect(sync).toHaveBeenCalledTimes(1));
    expect(local).toHaveBeenCalledTimes(2);
  });
});

describe('across the person’s browsers', () => {
  it('a pause taken in one browser restarts the rhythm in another', async () => {
    // Browser A takes a pause at 10:10; what it writes to sync is what browser B receives.
    at(monday(10, 10));
    await fire(sendMessage({ kind: 'pause-opened' }));
    await vi.waitFor(async () => expect(await fakeBrowser.storage.sync.get(null)).toEqual({ lastPauseAt: monday(10, 10) }));
    const fromA = await fakeBrowser.storage.sync.get(null);

    // Browser B: its own storage, started at 09:00 with a reminder planned for 10:00.
    fakeBrowser.reset();
    at(monday(9));
    await startWorker();
    await fire(fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never));
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(10));
    at(monday(10, 11));
    await fire(fakeBrowser.storage.sync.set(fromA));
    await vi.waitFor(async () => expect((await reminderAlarm())?.scheduledTime).toBe(monday(11, 10)));
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(fromA);
  });
});
