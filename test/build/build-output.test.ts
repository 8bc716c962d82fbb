import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, pages, targets } from '../../build.mjs';
import { budgetedFiles, gzipBudgets, gzipBytes } from '../../scripts/budgets.mjs';
import { staticImportsOf } from '../../scripts/build/static-imports.mjs';
import type { BuiltManifest } from '../helpers/manifest';

const packageJson = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
let out = '';
let zips: string[] = [];
let metafile: Awaited<ReturnType<typeof build>>['metafile'];

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'kindly-build-'));
  ({ zips, metafile } = await build({ mode: 'production', outDir: out }));
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('release build', () => {
  it('writes a complete extension for each browser', () => {
    for (const target of targets) {
      const dir = join(out, target);
      for (const file of ['manifest.json', 'background.js', '_locales/en/messages.json', 'icons/icon-16.png', 'icons/icon-128.png']) {
        expect(existsSync(join(dir, file)), `${target}/${file}`).toBe(true);
      }
      for (const page of pages) {
        for (const ext of ['html', 'js', 'css']) if (!(page === 'newtab' && ext === 'css')) expect(existsSync(join(dir, `${page}.${ext}`)), `${target}/${page}.${ext}`).toBe(true);
      }
    }
  });

  it('every file the manifest names is in the build', () => {
    for (const target of targets) {
      const manifest = JSON.parse(readFileSync(join(out, target, 'manifest.json'), 'utf8')) as BuiltManifest;
      const named = [
        ...Object.values(manifest.icons),
        ...Object.values(manifest.action.default_icon),
        manifest.action.default_popup,
        manifest.options_ui.page,
        manifest.chrome_url_overrides.newtab,
        ...(manifest.background.scripts ?? [manifest.background.service_worker ?? 'missing service worker']),
      ];
      for (const file of named) expect(existsSync(join(out, target, file)), `${target}: ${file}`).toBe(true);
    }
  });

  it('writes store zips named with the package version, holding the build without source maps or a key', () => {
    expect(zips.map((zip) => zip.slice(out.length + 1)).sort()).toEqual([
      `kindly-chrome-${packageJson.version}.zip`,
      `kindly-firefox-${packageJson.version}.zip`,
    ]);
    for (const target of targets) {
      const entries = unzipSync(readFileSync(join(out, `kindly-${target}-${packageJson.version}.zip`)));
      const names = Object.keys(entries);
      expect(names).toContain('manifest.json');
      expect(names).toContain('popup.html');
      expect(names.filter((name) => name.endsWith('.map'))).toEqual([]);
      const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Record<string, unknown>;
      expect(manifest.key).toBeUndefined();
    }
  });

  it('is minified, with no source maps and none of the test-only hooks', () => {
    for (const target of targets) {
      const files = readdirSync(join(out, target), { recursive: true, encoding: 'utf8' });
      expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
      for (const file of files.filter((name) => name.endsWith('.js'))) {
        const code = readFileSync(join(out, target, file), 'utf8');
        expect(code, file).not.toContain('kindlyTest');
        expect(code, file).not.toContain('sourceMappingURL');
      }
    }
  });

  it('makes no network calls and loads no remote code', () => {
    for (const file of readdirSync(join(out, 'chrome'), { recursive: true, encoding: 'utf8' }).filter((name) => /\.(js|html|css)$/.test(name))) {
      const code = readFileSync(join(out, 'chrome', file), 'utf8');
      expect(code, file).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts\(\s*['"]https?:/);
      expect(code, file).not.toMatch(/(src|href)=["']https?:/);
    }
  });

  it('keeps each bundle inside its gzip budget from docs/design.md', () => {
    for (const [file, budget] of Object.entries(gzipBudgets)) {
      const files = budgetedFiles(join(out, 'chrome'), file);
      const size = gzipBytes(join(out, 'chrome'), files);
      expect(size, `${files.join(' + ')}: ${size} bytes gzip, budget ${budget}`).toBeLessThanOrEqual(budget);
    }
  });

  it('leaves the exercise runner to one chunk that the popup and the new tab’s pause fetch when it starts', () => {
    const dir = join(out, 'chrome');
    const runnerChunks = readdirSync(join(dir, 'chunks')).filter((file) => /^runner-chunk-.*\.js$/.test(file));
    expect(runnerChunks).toHaveLength(1);
    for (const page of ['popup.js', 'newtab.js', 'options.js']) {
      const beforePaint = [page, ...staticImportsOf(dir, page)];
      // The runner's own text (its pacer's class name) is in none of what the page loads first.
      for (const file of beforePaint) expect(readFileSync(join(dir, file), 'utf8'), `${page}: ${file}`).not.toContain('breathing-pacer');
    }
    expect(readFileSync(join(dir, 'popup.js'), 'utf8')).toContain(`import("./chunks/${runnerChunks[0]}")`);
    // The new tab paints from one classic script, and fetches its pause (a module) on click.
    const newtab = readFileSync(join(dir, 'newtab.js'), 'utf8');
    expect(newtab).toContain('import("./newtab-pause.js")');
    expect(readFileSync(join(dir, 'newtab.html'), 'utf8')).not.toContain('newtab-pause');
    // The pause and the popup's runner are the same code: the runner lives in one chunk both reach.
    const pacerChunks = (file: string) => [file, ...staticImportsOf(dir, file)].filter((name) => readFileSync(join(dir, name), 'utf8').includes('breathing-pacer'));
    expect(pacerChunks('newtab-pause.js')).toEqual(pacerChunks(`chunks/${runnerChunks[0]}`));
    expect(pacerChunks('newtab-pause.js')).toHaveLength(1);
    // import() brings no stylesheet: the pages carry the runner's styles, and no module has a copy.
    expect(readdirSync(join(dir, 'chunks')).filter((file) => file.endsWith('.css'))).toEqual([]);
    expect(existsSync(join(dir, 'newtab-pause.css'))).toBe(false);
    expect(readFileSync(join(dir, 'popup.css'), 'utf8')).toContain('breathing-pacer');
  });

  it('leaves the options page’s later sections to a chunk it fetches after first paint', () => {
    const dir = join(out, 'chrome');
    const later = readdirSync(join(dir, 'chunks')).filter((file) => /^later-sections-.*\.js$/.test(file));
    expect(later).toHaveLength(1);
    expect(readFileSync(join(dir, 'options.js'), 'utf8')).toContain(`import("./chunks/${later[0]}")`);
    // Import, export and erase (the Your data section's own class name) come only with it.
    for (const file of ['options.js', ...staticImportsOf(dir, 'options.js')]) expect(readFileSync(join(dir, file), 'utf8'), file).not.toContain('data-part');
    expect(readFileSync(join(dir, `chunks/${later[0]}`), 'utf8')).toContain('data-part');
    // import() brings no stylesheet: the page's own carries the later sections' styles.
    expect(readFileSync(join(dir, 'options.css'), 'utf8')).toContain('.your-data .data-part');
  });

  it('paints the popup with neither the preference schema (valibot) nor the exercises’ steps, which come in chunks after', () => {
    const dir = join(out, 'chrome');
    const beforePaint = ['popup.js', ...staticImportsOf(dir, 'popup.js')];
    const sources = Object.entries(metafile.outputs)
      .filter(([file]) => beforePaint.some((name) => file.endsWith(`/chrome/${name}`)))
      .flatMap(([, output]) => Object.keys(output.inputs));
    expect(sources).toContain('src/core/exercises/catalogue.ts');
    expect(sources.filter((source) => /valibot|preference-schema|core\/exercises\/(index|name-it|body-scan)\.ts/.test(source))).toEqual([]);
  });

  it('preloads the chunks each module page imports, so they are fetched side by side', () => {
    for (const page of pages.filter((name) => name !== 'newtab')) {
      const html = readFileSync(join(out, 'chrome', `${page}.html`), 'utf8');
      for (const chunk of staticImportsOf(join(out, 'chrome'), `${page}.js`)) expect(html, page).toContain(`<link rel="modulepreload" href="${chunk}" />`);
      expect(html, page).toContain(`<script type="module" src="${page}.js"></script>`);
    }
  });

  it('keeps appearance.js tiny: every page but the new tab waits for it before painting', () => {
    // It reads the snapshot only; writing it needs the preference schema (and valibot).
    expect(gzipBytes(join(out, 'chrome'), ['appearance.js'])).toBeLessThanOrEqual(1024);
  });

  it('runs the saved appearance first in every page, before its stylesheet and body', () => {
    for (const page of pages.filter((name) => name !== 'newtab')) {
      const html = readFileSync(join(out, 'chrome', `${page}.html`), 'utf8');
      expect(html.indexOf('<script src="appearance.js">'), page).toBeGreaterThan(-1);
      expect(html.indexOf('<script src="appearance.js">'), page).toBeLessThan(html.indexOf('<link rel="stylesheet"'));
    }
  });

  it('has the new tab wait for one file only: its styles inline, its one script in <head> setting the theme itself', () => {
    // Deferred and render-blocking in Chromium; Firefox, which doesn't know blocking="render",
    // stops its parser for it instead. Either way no frame is drawn before the script has run.
    const scriptTags = { chrome: '<script src="newtab.js" defer blocking="render">', firefox: '<script src="newtab.js">' };
    for (const target of ['chrome', 'firefox'] as const) {
      const html = readFileSync(join(out, target, 'newtab.html'), 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      expect([...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag)).toEqual([scriptTags[target]]);
      expect(head).toContain(scriptTags[target]);
      expect(html).not.toMatch(/<link\b/);
      // The page's own stylesheet, whole, before the script: theme, layout and the pause's styles.
      const styles = head.slice(head.indexOf('<style>'), head.indexOf('</style>'));
      for (const rule of [':root[data-theme=dark]', '.newtab__affirmation', '.newtab__corner', '.runner', '.breathing-pacer']) expect(styles, rule).toContain(rule);
      expect(styles).not.toContain('sourceMappingURL');
      expect(head.indexOf('</style>')).toBeLessThan(head.indexOf('<script'));
      expect(existsSync(join(out, target, 'newtab.css'))).toBe(false);
    }
    expect(budgetedFiles(join(out, 'chrome'), 'newtab.js')).toEqual(['newtab.js']);
  });

  it('gives the same bytes for the same sources', async () => {
    const again = mkdtempSync(join(tmpdir(), 'kindly-build-'));
    try {
      await build({ mode: 'production', outDir: again });
      for (const target of targets) {
        const zip = `kindly-${target}-${packageJson.version}.zip`;
        expect(readFileSync(join(again, zip)).equals(readFileSync(join(out, zip))), zip).toBe(true);
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
