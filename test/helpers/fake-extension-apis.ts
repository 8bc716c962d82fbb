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
 * The optional permissions as a browser keeps them: `answer` is what the person says to the next
 * request (the browser grants only on yes), and `granted` what this browser has given.
 */
function fakePermissions() {
  const onAdded = fakeEvent<[{ permissions?: string[] }]>();
  const onRemoved = fakeEvent<[{ permissions?: string[] }]>();
  const state = { granted: new Set<string>(), answer: true, requests: 0 };
  const names = (asked: { permissions?: string[] }) => asked.permissions ?? [];
  return {
    state,
    api: {
      onAdded,
      onRemoved,
      contains: (asked: { permissions?: string[] }) => Promise.resolve(names(asked).every((name) => state.granted.has(name))),
      request: async (asked: { permissions?: string[] }) => {
        state.requests += 1;
        if (!state.answer) return false;
        for (const name of names(asked)) state.granted.add(name);
        await onAdded.trigger(asked);
        return true;
      },
      remove: async (asked: { permissions?: string[] }) => {
        for (const name of names(asked)) state.granted.delete(name);
        await onRemoved.trigger(asked);
        return true;
      },
    },
  };
}

/**
 * fake-browser leaves idle, commands, notification permissions, optional permissions, search and
 * top sites unimplemented: these stand in, recording what the code asked for.
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
  const permissions = fakePermissions();
  const searches: { text: string; disposition?: string }[] = [];
  const search = { query: (query: { text: string; disposition?: string }) => Promise.resolve(void searches.push(query)) };
  const topSites = { sites: [] as { url: string; title?: string }[], get: () => Promise.resolve(topSites.sites) };
  Object.assign(fakeBrowser, { idle, commands, search, topSites, permissions: permissions.api });
  Object.assign(fakeBrowser.notifications, { getPermissionLevel: () => Promise.resolve(permission.level) });
  return { idle, commands, permission, permissions: permissions.state, searches, topSites };
}
