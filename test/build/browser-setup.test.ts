import { describe, expect, it } from 'vitest';
import { planBrowserSetup } from '../../scripts/browser-setup.mjs';

const chromium = { name: 'Chromium', package: 'chromium', envVar: 'CHROMIUM', envValue: undefined };
const firefox = { name: 'Firefox ESR', package: 'firefox-esr', envVar: 'FIREFOX', envValue: undefined };
const both = { ...chromium, found: '/usr/lib/chromium/chromium' };
const root = { isRoot: true, passwordlessSudo: false, hasAptGet: true };

describe('npm test: browsers for the end-to-end tests', () => {
  it('does nothing when both are there', () => {
    expect(planBrowserSetup([both, { ...firefox, found: '/usr/bin/firefox-esr' }], root)).toEqual({ action: 'ready', lines: [] });
  });

  it('as root, says which it will install and installs only the missing one with apt-get', () => {
    const plan = planBrowserSetup([both, { ...firefox, found: undefined }], root);
    expect(plan.action).toBe('install');
    expect(plan.lines.join('\n')).toMatch(/need Firefox ESR, which aren't installed: installing firefox-esr with apt-get/);
    expect(plan.action === 'install' && plan.commands).toEqual([
      ['apt-get', 'update', '-qq'],
      ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', 'firefox-esr', '-qq'],
    ]);
  });

  it('with sudo that asks no password, installs through it', () => {
    const plan = planBrowserSetup([{ ...chromium, found: undefined }, { ...firefox, found: undefined }], { ...root, isRoot: false, passwordlessSudo: true });
    expect(plan.action === 'install' && plan.commands.map((command) => command.slice(0, 2))).toEqual([
      ['sudo', '-n'],
      ['sudo', '-n'],
    ]);
    expect(plan.action === 'install' && plan.commands[1]).toEqual(expect.arrayContaining(['chromium', 'firefox-esr']));
  });

  it('otherwise stops at once with the one command to run', () => {
    const plan = planBrowserSetup([{ ...chromium, found: undefined }, { ...firefox, found: undefined }], { ...root, isRoot: false });
    expect(plan).toEqual({
      action: 'stop',
      lines: ["The end-to-end tests need Chromium and Firefox ESR, which aren't installed. Run this once, then npm test again:", '  sudo apt-get install -y chromium firefox-esr'],
    });
  });

  it('without apt-get, says what to install and which variables point at it', () => {
    const plan = planBrowserSetup([{ ...chromium, found: undefined }, both], { ...root, hasAptGet: false });
    expect(plan.action).toBe('stop');
    expect(plan.lines.join(' ')).toMatch(/need Chromium.*no apt-get.*point CHROMIUM at/);
  });

  it('installs nothing over a path the person set wrongly, and says so', () => {
    const plan = planBrowserSetup([{ ...chromium, found: undefined, envValue: '/opt/nowhere/chrome' }, { ...firefox, found: undefined }], root);
    expect(plan).toEqual({ action: 'stop', lines: ['CHROMIUM is set to /opt/nowhere/chrome, but there is no file there. Point it at a Chromium binary, or unset it.'] });
  });
});
