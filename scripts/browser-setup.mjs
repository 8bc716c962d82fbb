// The first step of `npm test`: the end-to-end tests need Debian's Chromium and Firefox ESR.
// When one is missing this says which, and installs it with apt-get where it may (as root, or
// with sudo that asks no password); otherwise it stops at once with the one command to run.
// Nothing is downloaded from anywhere but the system's own package sources.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, findFirefox } from './find-browser.mjs';

/**
 * @typedef {{ name: string, package: string, found: string | undefined, envVar: string, envValue: string | undefined }} BrowserCheck
 * @typedef {{ isRoot: boolean, passwordlessSudo: boolean, hasAptGet: boolean }} Privileges
 * @typedef {{ action: 'ready', lines: string[] }
 *   | { action: 'install', lines: string[], commands: string[][] }
 *   | { action: 'stop', lines: string[] }} BrowserPlan
 */

/**
 * Decides what to do about missing browsers; pure, so each case is tested without a machine.
 * @param {BrowserCheck[]} browsers
 * @param {Privileges} privileges
 * @returns {BrowserPlan}
 */
export function planBrowserSetup(browsers, { isRoot, passwordlessSudo, hasAptGet }) {
  // A path the person chose and got wrong is theirs to fix: installing another would hide it.
  const wrongPaths = browsers.filter((browser) => browser.envValue && !browser.found);
  if (wrongPaths.length > 0) {
    return {
      action: 'stop',
      lines: wrongPaths.map((browser) => `${browser.envVar} is set to ${browser.envValue}, but there is no file there. Point it at a ${browser.name} binary, or unset it.`),
    };
  }
  const missing = browsers.filter((browser) => !browser.found);
  if (missing.length === 0) return { action: 'ready', lines: [] };

  const packages = missing.map((browser) => browser.package);
  const names = missing.map((browser) => browser.name).join(' and ');
  const install = ['apt-get', 'install', '-y', ...packages];
  if (!hasAptGet) {
    return {
      action: 'stop',
      lines: [
        `The end-to-end tests need ${names}, and this system has no apt-get to install them with.`,
        `Install them with your package manager, then point ${missing.map((browser) => browser.envVar).join(' and ')} at them.`,
      ],
    };
  }
  if (!isRoot && !passwordlessSudo) {
    return {
      action: 'stop',
      lines: [`The end-to-end tests need ${names}, which aren't installed. Run this once, then npm test again:`, `  sudo ${install.join(' ')}`],
    };
  }
  const prefix = isRoot ? [] : ['sudo', '-n'];
  return {
    action: 'install',
    lines: [`The end-to-end tests need ${names}, which aren't installed: installing ${packages.join(' and ')} with apt-get (about two minutes, once).`],
    commands: [
      [...prefix, 'apt-get', 'update', '-qq'],
      [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', ...install, '-qq'],
    ],
  };
}

/** @returns {BrowserCheck[]} */
function checkBrowsers() {
  return [
    { name: 'Chromium', package: 'chromium', found: findChromium(), envVar: 'CHROMIUM', envValue: process.env.CHROMIUM },
    { name: 'Firefox ESR', package: 'firefox-esr', found: findFirefox(), envVar: 'FIREFOX', envValue: process.env.FIREFOX },
  ];
}

/** @returns {Privileges} */
function checkPrivileges() {
  const isRoot = process.getuid?.() === 0;
  const passwordlessSudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  const hasAptGet = ['/usr/bin/apt-get', '/bin/apt-get'].some((path) => existsSync(path));
  return { isRoot, passwordlessSudo, hasAptGet };
}

/** Makes sure both browsers are there; returns false (having said why) when they can't be. */
export function ensureBrowsers() {
  const plan = planBrowserSetup(checkBrowsers(), checkPrivileges());
  for (const line of plan.lines) console.log(line);
  if (plan.action === 'ready') return true;
  if (plan.action === 'stop') return false;
  for (const command of plan.commands) {
    const [program = '', ...args] = command;
    // apt-get's progress goes nowhere; what goes wrong comes on stderr.
    if (spawnSync(program, args, { stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) {
      console.log(`This failed: ${command.join(' ')}`);
      return false;
    }
  }
  const after = checkBrowsers().filter((browser) => !browser.found);
  if (after.length > 0) console.log(`Still missing after the install: ${after.map((browser) => browser.name).join(' and ')}.`);
  return after.length === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(ensureBrowsers() ? 0 : 1);
}
