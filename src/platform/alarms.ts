import browser from 'webextension-polyfill';

/** Sets the named alarm for `when`, unless it is already set within a second of that. */
export async function setAlarmAt(name: string, when: number): Promise<void> {
  const existing = await browser.alarms.get(name);
  if (existing && Math.abs(existing.scheduledTime - when) < 1_000) return;
  await browser.alarms.create(name, { when });
}

export async function clearAlarm(name: string): Promise<void> {
  await browser.alarms.clear(name);
}

export function onAlarm(callback: (name: string, scheduledTime: number) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => callback(alarm.name, alarm.scheduledTime));
}
