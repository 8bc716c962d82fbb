import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshotFile, screenshots, themes } from '../../scripts/screenshot-list.mjs';

/* The README shows every screenshot `npm run screenshots` takes, and each is in docs/screenshots/. */
const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const files = screenshots.flatMap((name) => themes.map((theme) => screenshotFile(name, theme)));

describe('the screenshots', () => {
  it('are all in docs/screenshots/', () => {
    expect(files.filter((file) => !existsSync(join(root, 'docs', 'screenshots', file)))).toEqual([]);
  });

  it('are all shown in the README', () => {
    expect(files.filter((file) => !readme.includes(`](docs/screenshots/${file})`))).toEqual([]);
  });
});
