// `npm start`: builds Kindly, then opens a browser with it loaded in a temporary profile.
//   npm start                Chromium when it is installed, else Firefox
//   npm start -- --firefox   Firefox (through web-ext run)
// Without a display it says so and explains how to load the build by hand.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, zipName } from '../build.mjs';
import { findChromium, findFirefox, installChromiumHint } from './find-browser.mjs';

const root = resolve(import.meta.dirname, '..');
const chromeDir = join(root, 'dist', 'chrome');
const firefoxDir = join(root, 'dist', 'firefox');
const args = process.argv.slice(2);

const howToLoad = `
To load it yourself:
  Chrome, Edge or Chromium: open chrome://extensions, turn on Developer mode,
    choose "Load unpacked" and pick ${chromeDir}
  Firefox: open about:debugging#/runtime/this-firefox, choose "Load Temporary Add-on…"
    and pick ${join(firefoxDir, 'manifest.json')}
Store packages: ${join('dist', zipName('chrome'))} and ${join('dist', zipName('firefox'))}`;

function hasDisplay() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** @param {string} command @param {string[]} commandArgs */
function run(command, commandArgs) {
  return new Promise((done) => spawn(command, commandArgs, { stdio: 'inherit' }).on('exit', (code) => done(code ?? 0)));
}

async function openChromium(/** @type {string} */ binary) {
  const profile = mkdtempSync(join(tmpdir(), 'kindly-profile-'));
  console.log(`Opening Chromium with Kindly (temporary profile ${profile}).`);
  // The first tab opens before the extension has loaded, so it is still the browser's own.
  console.log('Open a new tab for Kindly\'s new tab, or its toolbar button (in the puzzle-piece menu) for the popup. Close the window to finish.');
  const code = await run(binary, [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${chromeDir}`,
    `--load-extension=${chromeDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    // Chromium refuses to start its sandbox as root (containers, CI machines).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ]);
  rmSync(profile, { recursive: true, force: true });
  return code;
}

async function openFirefox(/** @type {string} */ binary) {
  console.log('Opening Firefox with Kindly as a temporary add-on. Close the window to finish.');
  return run('npx', ['web-ext', 'run', '--source-dir', firefoxDir, '--firefox', binary, '--no-input']);
}

if (!args.includes('--no-build')) {
  await build();
  console.log('Built dist/chrome and dist/firefox.');
}

if (!hasDisplay()) {
  console.log(`No display is available here, so no browser window can open.${howToLoad}`);
  process.exit(0);
}

const chromium = args.includes('--firefox') ? undefined : findChromium();
const firefox = findFirefox();
if (chromium) process.exit(await openChromium(chromium));
if (firefox) process.exit(await openFirefox(firefox));
console.log(`No Chromium or Firefox was found. ${installChromiumHint}${howToLoad}`);
