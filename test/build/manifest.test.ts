import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveManifest } from '../../scripts/build/derive-manifest.mjs';
import type { BuiltManifest } from '../helpers/manifest';

const root = resolve(import.meta.dirname, '../..');
const source = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const chrome = deriveManifest(source, 'chrome', '1.2.3') as BuiltManifest;
const firefox = deriveManifest(source, 'firefox', '1.2.3') as BuiltManifest;

describe('the one manifest', () => {
  it('is Manifest V3 with a localized name and description', () => {
    expect(source.manifest_version).toBe(3);
    expect(source.name).toBe('__MSG_extName__');
    expect(source.description).toBe('__MSG_extDescription__');
    expect(source.default_locale).toBe('en');
  });

  it('does not write the version: it comes from package.json', () => {
    expect(source.version).toBeUndefined();
    expect(chrome.version).toBe('1.2.3');
    expect(firefox.version).toBe('1.2.3');
  });

  it('asks at install only for storage, alarms, notifications, idle and search, with no host access and the default CSP', () => {
    for (const manifest of [chrome, firefox]) {
      expect(manifest.permissions).toEqual(['storage', 'alarms', 'notifications', 'idle', 'search']);
      expect(manifest.host_permissions).toBeUndefined();
      // Most-visited sites only when the person turns shortcuts on, asked for then.
      expect(manifest.optional_permissions).toEqual(['topSites']);
      expect(manifest.content_scripts).toBeUndefined();
      expect(manifest.content_security_policy).toBeUndefined();
      expect(manifest.web_accessible_resources).toBeUndefined();
    }
  });

  it('gives Chrome a service worker and nothing meant for Firefox', () => {
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.key).toBeUndefined();
  });

  it('gives Firefox an event page, a fixed id, a minimum version and no data collection', () => {
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.minimum_chrome_version).toBeUndefined();
    expect(firefox.browser_specific_settings?.gecko).toEqual({
      id: expect.stringMatching(/^\{[0-9a-f-]{36}\}$/) as string,
      strict_min_version: expect.stringMatching(/^\d+\.\d+$/) as string,
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('leaves the source manifest untouched', () => {
    const again = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as unknown;
    expect(source).toEqual(again);
  });
});
