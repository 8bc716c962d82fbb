import { fakeBrowser } from '@webext-core/fake-browser';

/** A browser event with a `trigger`, like fake-browser's own. */
export function fakeEvent<Args extends unknown[]>() {
  const listeners: ((...args: Args) => unknown)[] = [];
  return {
    addListener: (listener: (...args: Args) => unknown) => void listeners.push(listener),
    removeListener: (listener: (...args: Args) => unknown) => void listeners.splice(listeners.indexOf(listener), 1),
    hasListener: (listener: (...args: Args) => unknown) => listeners.includes(listener),
    trigger: (...args: Args) => Promise.all(listeners.map((listener) => listener(...args))),
  };
}

/**
 * fake-browser leaves idle, commands and notification permissions unimplemented: these stand in,
 * recording what the code asked for.
 */
export function installMissingApis() {
  const idle = {
    detectionInterval: 60,
    setDetectionInterval(seconds: number) {
      idle.detectionInterval = seconds;
    },
    queryState: () => Promise.resolve('active'),
    onStateChanged: fakeEvent<['active' | 'idle' | 'locked']>(),
  };
  // As a fresh install has it: the manifest's suggested key.
  const commands = { onCommand: fakeEvent<[string]>(), getAll: () => Promise.resolve([{ name: 'start-pause', shortcut: 'Alt+Shift+K' }]) };
  const permission = { level: 'granted' as 'granted' | 'denied' };
  Object.assign(fakeBrowser, { idle, commands });
  Object.assign(fakeBrowser.notifications, { getPermissionLevel: () => Promise.resolve(permission.level) });
  return { idle, commands, permission };
}
