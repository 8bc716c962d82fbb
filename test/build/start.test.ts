import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm start', () => {
  it('without a display, says so and explains how to load the build by hand', () => {
    const run = spawnSync('node', [resolve(import.meta.dirname, '../../scripts/start.mjs'), '--no-build'], {
      env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('No display is available');
    expect(run.stdout).toMatch(/Load unpacked" and pick \S*dist\/chrome/);
    expect(run.stdout).toContain('dist/firefox/manifest.json');
    // The store packages by their real names, as npm run build writes them.
    const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(run.stdout).toContain(`Store packages: dist/kindly-chrome-${version}.zip and dist/kindly-firefox-${version}.zip`);
  });
});
