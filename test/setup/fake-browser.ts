import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, vi } from 'vitest';
import { installMissingApis } from '../helpers/fake-extension-apis';
import { formatMessage, readLocale } from '../helpers/messages';
import { forgetStorageQuotas } from '../helpers/storage-quotas';

// Code under test imports webextension-polyfill only through src/platform; here that is an
// in-memory browser (storage with onChanged, alarms, runtime, notifications).
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
// Pages use the browser's own API object (src/platform/browser-api.ts): the same fake serves.
Object.assign(globalThis, { browser: fakeBrowser });

const english = readLocale('en');

beforeEach(() => {
  fakeBrowser.reset();
  // fake-browser leaves i18n unimplemented: serve the real English messages.
  Object.assign(fakeBrowser.i18n, {
    getMessage: (key: string, substitutions?: string | string[]) => formatMessage(english, key, substitutions),
    getUILanguage: () => 'en',
  });
  installMissingApis();
  // A test that gave storage real limits (helpers/storage-quotas.ts) leaves none behind.
  forgetStorageQuotas();
});
