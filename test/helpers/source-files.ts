import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every .ts and .tsx file under `dir`, as paths that start with it. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.(ts|tsx)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}
