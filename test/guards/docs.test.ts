import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layers } from '../../scripts/lint/architecture.js';

/* A newcomer finds every folder of src/ in the README's layout, and the architecture has rules for each. */
const root = resolve(import.meta.dirname, '../..');
const folders = readdirSync(join(root, 'src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const layout = readme.slice(readme.indexOf('## Layout'), readme.indexOf('```\n\n', readme.indexOf('## Layout')));

describe('the layout', () => {
  it('names every folder of src/ in the README', () => {
    expect(folders.filter((folder) => !layout.includes(`src/${folder}/`))).toEqual([]);
  });

  it('gives every folder of src/ its rules in the architecture', () => {
    expect(folders.filter((folder) => !(folder in layers))).toEqual([]);
    expect(Object.keys(layers).filter((folder) => !folders.includes(folder))).toEqual([]);
  });
});
