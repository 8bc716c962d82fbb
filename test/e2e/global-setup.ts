import { build } from '../../build.mjs';

/** The end-to-end tests run against the test build (release code plus test-only hooks). */
export default async function setup() {
  await build({ mode: 'test' });
}
