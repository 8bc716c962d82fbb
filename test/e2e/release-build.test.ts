import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionsPage } from './harness/extension-errors';
import { expect, test, withExtension } from './harness/fixtures';
import { releaseBuildDir } from './harness/launch';
import type { ExtensionSession } from './harness/launch';

/** Turns on error collection, reloads, opens every page, and returns what the extensions page lists. */
async function errorsAfterUse(session: ExtensionSession): Promise<string[]> {
  const extensions = await extensionsPage(session);
  await extensions.collect();
  for (const path of ['popup.html', 'options.html', 'chrome://newtab', 'pause.html', 'support.html', 'welcome.html', 'self-compassion.html', 'reflections.html']) {
    const page = await session.openPage(path);
    await expect.poll(() => page.locator('h1').count()).toBe(1);
  }
  return extensions.recorded();
}

test('the release build loads in Chromium with nothing listed on the extensions page', async ({ chromium }) => {
  await withExtension(
    chromium,
    async (session) => {
      expect(await errorsAfterUse(session)).toEqual([]);
    },
    { dir: releaseBuildDir },
  );
});

test('the extensions-page check does see what Chromium complains about', async ({ chromium }) => {
  const broken = mkdtempSync(join(tmpdir(), 'kindly-broken-'));
  try {
    cpSync(releaseBuildDir, broken, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(broken, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(broken, 'manifest.json'), JSON.stringify({ ...manifest, not_a_manifest_key: true }));
    await withExtension(
      chromium,
      async (session) => {
        expect(await errorsAfterUse(session)).toContain("manifest: Unrecognized manifest key 'not_a_manifest_key'.");
      },
      { dir: broken },
    );
  } finally {
    rmSync(broken, { recursive: true, force: true });
  }
});

