import browser from 'webextension-polyfill';

/** When the named alarm is set to ring, if it is set. */
export async function alarmTime(name: string): Promise<number | undefined> {
  return (await browser.alarms.get(name))?.scheduledTime;
}

export async function setAlarmAt(name: string, when: number): Promise<void> {
  await browser.alarms.create(name, { when });
}

export async function clearAlarm(name: string): Promise<void> {
  await browser.alarms.clear(name);
}

/** Calls back with each alarm's name and the time it was set to ring (it may ring later). */
export function onAlarm(callback: (name: string, scheduledTime: number) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => callback(alarm.name, alarm.scheduledTime));
}
