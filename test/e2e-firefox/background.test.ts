import { beforeAll, expect, test, vi } from 'vitest';
import { defaultPreferences } from '../../src/core/preferences';
import { plannedPauseAt } from '../../src/core/reminders/next-pause';
import type { ScheduleState } from '../../src/core/reminders/schedule-state';
import { readLocale } from '../helpers/messages';
import { useFirefox } from './harness/fixtures';

const firefox = useFirefox();
const messages = readLocale('en');
const invitationTexts = Object.entries(messages).flatMap(([key, { message }]) => (key.startsWith('invitation') ? [message] : []));
/** Active all day, every day, every ten minutes: the same at whatever hour the tests run. */
const allDay = {
  'reminders.activeDays': [0, 1, 2, 3, 4, 5, 6],
  'reminders.activeFrom': '00:00',
  'reminders.activeUntil': '00:00',
  'reminders.everyMinutes': 10,
};
// The background is an event page: it may take a moment after install to start.
const startup = { timeout: 15_000, interval: 100 };

/** What the fresh install did by itself, read before any test changes anything. */
let installed: { alarms: { name: string; scheduledTime: number }[]; sync: Record<string, unknown>; schedule: ScheduleState };

beforeAll(async () => {
  const session = firefox();
  // Read from a neutral extension page first: runtime.getBackgroundPage() would start the
  // background itself, and this is to show that installing did.
  const alarm = () => session.evaluate(async (browser) => (await browser.alarms.get('kindly-pause'))?.scheduledTime);
  await vi.waitFor(async () => expect(await alarm()).toEqual(expect.any(Number)), startup);
  await session.background((background) => background.kindlyTest?.settled());
  const { schedule } = (await session.evaluate((browser) => browser.storage.local.get('schedule'))) as { schedule: ScheduleState };
  installed = {
    alarms: await session.evaluate((browser) => browser.alarms.getAll()),
    sync: await session.evaluate((browser) => browser.storage.sync.get(null)),
    schedule,
  };
});

test('installs as a temporary add-on; its event page starts by itself and sets the reminder alarm', async () => {
  expect(installed.alarms.map((alarm) => alarm.name)).toContain('kindly-pause');
  expect(await firefox().background((background) => typeof background.kindlyTest?.settled)).toBe('function');
  expect(await firefox().background((background) => background.location.href)).toMatch(/^moz-extension:\/\/[\w-]+\/_generated_background_page\.html$/);
  const { background } = await firefox().evaluate((browser) => browser.runtime.getManifest());
  expect(background).toMatchObject({ scripts: [expect.stringMatching(/\/background\.js$/)] });
  expect(background).not.toHaveProperty('service_worker', expect.anything());
});

test('after install, the one alarm is for the next pause, and storage.sync stays empty', () => {
  const expected = plannedPauseAt(defaultPreferences.reminders, installed.schedule);
  expect(expected).not.toBeNull();
  expect(installed.alarms.map((alarm) => alarm.name)).toEqual(['kindly-pause']);
  expect(installed.alarms[0]?.scheduledTime).toBeCloseTo(expected ?? 0, -3);
  // A new install writes no preference, so it can't overwrite settings arriving through sync.
  expect(installed.sync).toEqual({});
});

test('a reminder rings and shows its notification (Firefox takes it without buttons)', async () => {
  const session = firefox();
  await session.background((background, prefs) => background.browser.storage.sync.set(prefs), allDay);
  await session.background((background) => background.kindlyTest?.settled());
  await session.background(async (background) => {
    await background.browser.storage.local.set({ schedule: { rhythmFrom: Date.now() - 10 * 60_000 } });
    await background.browser.alarms.create('kindly-pause', { when: Date.now() });
  });
  // Kindly asks for buttons first; Firefox throws on them, and Kindly retries without. Firefox's
  // own alert window (see profile.ts) shows it for about 20 s: poll until it is there.
  const shown = () =>
    session.background(async (background) => (await background.browser.notifications.getAll())['kindly-pause'] as { title?: string; message?: string } | undefined);
  // Without buttons, its words say that a click starts the pause.
  const clickHint = messages.reminderClickToPause?.message ?? '';
  await expect
    .poll(shown, { timeout: 15_000, interval: 100 })
    .toMatchObject({ title: messages.reminderTitle?.message, message: expect.toBeOneOf(invitationTexts.map((text) => `${text} ${clickHint}`)) as unknown });
  await session.background((background) => background.kindlyTest?.settled());
  const { schedule } = (await session.background((background) => background.browser.storage.local.get('schedule'))) as { schedule: ScheduleState };
  expect(schedule.notificationsBlocked ?? false).toBe(false);
  // The rhythm goes on: the next reminder is about ten minutes away.
  const next = await session.background(async (background) => (await background.browser.alarms.get('kindly-pause'))?.scheduledTime);
  expect((next ?? 0) - Date.now()).toBeGreaterThan(5 * 60_000);
});
