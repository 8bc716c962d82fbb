// Runs the real worker against an in-memory browser and counts storage writes per reminder
// cycle. Bundled and run by bench/run.mjs (webextension-polyfill is aliased to fake-polyfill.ts).
import { fakeBrowser } from '@webext-core/fake-browser';
import { installMissingApis } from '../test/helpers/fake-extension-apis';

interface Counts {
  local: number;
  sync: number;
}

const counts: Counts = { local: 0, sync: 0 };
for (const area of ['local', 'sync'] as const) {
  const original = fakeBrowser.storage[area].set.bind(fakeBrowser.storage[area]);
  fakeBrowser.storage[area].set = (items: Record<string, unknown>) => {
    counts[area] += 1;
    return original(items);
  };
}
Object.assign(fakeBrowser.i18n, { getMessage: (key: string) => key, getUILanguage: () => 'en' });
// What src/platform reads without the polyfill (browser-api.ts) is the same in-memory browser,
// set before run() imports the worker, as test/setup/fake-browser.ts does for the tests.
Object.assign(globalThis, { browser: fakeBrowser });
const apis = installMissingApis();

const settled = () => (globalThis as unknown as { kindlyTest: { settled(): Promise<void> } }).kindlyTest.settled();
const MINUTE = 60_000;
let clock = new Date(2026, 10, 23, 9, 0).getTime();
Date.now = () => clock;

async function measure(name: string, steps: () => Promise<void>) {
  const before = { ...counts };
  await steps();
  await settled();
  await new Promise((resolve) => setTimeout(resolve, 20)); // the shared-pause write is debounced by a tick
  return { cycle: name, 'storage.local writes': counts.local - before.local, 'storage.sync writes': counts.sync - before.sync };
}

async function ring() {
  const alarm = await fakeBrowser.alarms.get('kindly-pause');
  clock = alarm?.scheduledTime ?? clock;
  await fakeBrowser.alarms.onAlarm.trigger({ name: 'kindly-pause', scheduledTime: clock } as never);
  await settled();
}

export async function run() {
  await import('../src/background/index');
  await settled();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
  await settled();
  const message = async (body: object) => {
    void (await fakeBrowser.runtime.onMessage.trigger(body, { id: fakeBrowser.runtime.id }, () => undefined));
  };
  return [
    await measure('reminder shown, left unanswered', ring),
    await measure('reminder shown, pause taken', async () => {
      await ring();
      clock += MINUTE;
      await message({ kind: 'pause-opened' });
    }),
    await measure('reminder shown, snoozed', async () => {
      await ring();
      await fakeBrowser.notifications.onButtonClicked.trigger('kindly-pause', 1);
    }),
    await measure('away and back', async () => {
      clock += MINUTE;
      await apis.idle.onStateChanged.trigger('locked');
      await settled();
      clock += 30 * MINUTE;
      await apis.idle.onStateChanged.trigger('active');
    }),
  ];
}
