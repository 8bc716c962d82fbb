import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';

// A fixed timestamp makes the same sources give the same zip, byte for byte.
const fixedTime = new Date('2020-01-01T00:00:00Z');

/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/**
 * Zips a built extension folder for store upload. Source maps never go in.
 * @param {string} dir @param {string} zipPath
 */
export function zipDirectory(dir, zipPath) {
  /** @type {Record<string, [Uint8Array, { mtime: Date }]>} */
  const entries = {};
  for (const file of filesUnder(dir)) {
    if (file.endsWith('.map')) continue;
    entries[relative(dir, file).split(sep).join('/')] = [readFileSync(file), { mtime: fixedTime }];
  }
  writeFileSync(zipPath, zipSync(entries, { level: 9 }));
}
