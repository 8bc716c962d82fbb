import { join } from 'node:path';
import { build } from '../../build.mjs';

/**
 * The end-to-end tests run against the test build (release code plus test-only hooks) in
 * dist-test/, and check the release build itself in dist-test/release/.
 */
export default async function setup() {
  const { outDir } = await build({ mode: 'test' });
  await build({ mode: 'production', outDir: join(outDir, 'release'), zips: false });
}
