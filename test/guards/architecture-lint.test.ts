import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { architectureConfig } from '../../scripts/lint/architecture.js';

/*
 * The lint rules that hold the architecture's lines, run on small made-up files placed in src/:
 * each rule fires where it should, and stays quiet on what the architecture allows.
 */
const root = new URL('../..', import.meta.url).pathname;
const linter = new Linter({ configType: 'flat', cwd: root });
const config = [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, architectureConfig];

/** The architecture's complaints about `code` as if it were the file `path`. */
function problems(path: string, code: string): string[] {
  return linter.verify(code, config, { filename: `${root}${path}` }).map((message) => message.message);
}

describe('the architecture, as lint', () => {
  it('lets each folder import itself and what it is listed for', () => {
    expect(problems('src/core/a.ts', `import { b } from './b'; import * as v from 'valibot';`)).toEqual([]);
    expect(problems('src/platform/a.ts', `import browser from 'webextension-polyfill'; import { x } from '../core/x';`)).toEqual([]);
    expect(problems('src/background/a.ts', `import { x } from '../core/x'; import { y } from '../platform/y';`)).toEqual([]);
    expect(problems('src/popup/a.tsx', `import { useState } from 'preact/hooks'; import { t } from '../ui/i18n'; import { z } from '../platform/z';`)).toEqual([]);
    expect(problems('src/ui/i18n.ts', `import type english from '../../_locales/en/messages.json';`)).toEqual([]);
  });

  it('keeps DOM code out of the worker', () => {
    expect(problems('src/background/a.ts', `import { t } from '../ui/i18n';`)).toEqual([
      'background may not import from ui: it may use background, core, platform.',
    ]);
    expect(problems('src/background/a.ts', `import { h } from 'preact';`)).toEqual(['background may not import the package preact: it may use no packages.']);
  });

  it('keeps core pure', () => {
    expect(problems('src/core/a.ts', `import { x } from '../platform/x';`)).toEqual(['core may not import from platform: it may use core.']);
    expect(problems('src/core/a.ts', `export { h } from 'preact';`)).toEqual(['core may not import the package preact: it may use valibot.']);
    expect(problems('src/core/a.ts', `const x = await import('../ui/x');`)).toEqual(['core may not import from ui: it may use core.']);
  });

  it('keeps pages apart, and the polyfill in platform', () => {
    expect(problems('src/popup/a.ts', `export * from '../options/x';`)).toEqual(['popup may not import from options: it may use popup, core, platform, ui.']);
    expect(problems('src/ui/a.ts', `import browser from 'webextension-polyfill';`)).toEqual([
      'ui may not import the package webextension-polyfill: it may use preact, preact/hooks.',
    ]);
    expect(problems('src/options/a.ts', `import { x } from '../../test/helpers/x';`)).toEqual(['options may import only from src/, not ../../test/helpers/x.']);
  });

  it('denies a folder nobody has listed yet', () => {
    expect(problems('src/not-yet-listed/a.ts', `import { x } from '../core/x';`)).toEqual([
      'not-yet-listed is not in the architecture (scripts/lint/architecture.js): list what it may import before it imports anything.',
    ]);
  });

  it('lets only platform reach the browser’s API, however it is spelled', () => {
    const reaches = [
      `chrome.storage.local.get(null);`,
      `void browser.runtime.sendMessage({});`,
      `globalThis.chrome.storage.local.get(null);`,
      `(globalThis as { browser?: unknown }).browser;`,
      `window['chrome'];`,
      `self.browser;`,
    ];
    for (const code of reaches) expect(problems('src/ui/a.ts', code), code).toHaveLength(1);
    expect(problems('src/ui/a.ts', `globalThis.chrome;`)).toEqual(['Only src/platform talks to the browser: use a wrapper from there instead of globalThis.chrome.']);
    for (const code of reaches) expect(problems('src/platform/a.ts', code), code).toEqual([]);
    // A name of one's own is not the browser's.
    expect(problems('src/ui/a.ts', `const run = (browser: { go(): void }) => browser.go();`)).toEqual([]);
  });
});
