// Builds Kindly for Chrome and Firefox from one source tree and one manifest.
//   node build.mjs           release build: dist/chrome, dist/firefox and the two store zips
//   node build.mjs --watch   development build, rebuilt on every change
//   node build.mjs --test    test build with test-only hooks, in dist-test/ (used by the e2e tests)
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { deriveManifest } from './scripts/build/derive-manifest.mjs';
import { onePageFileHtml, pageHtml } from './scripts/build/page-html.mjs';
import { staticImportsOf } from './scripts/build/static-imports.mjs';
import { zipDirectory } from './scripts/build/zip.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Each bundle and its entry point. Pages also get an HTML shell (page-html.mjs) and a CSS bundle of that name. */
export const entryPoints = {
  background: 'src/background/index.ts',
  /** Every page's first script: the saved theme and text size, before first paint. */
  appearance: 'src/ui/appearance-before-paint.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
  newtab: 'src/newtab/index.ts',
  /** The new tab's one-minute pause (Preact and the runner's chunk), fetched on click. */
  'newtab-pause': 'src/newtab/inline-pause.tsx',
  pause: 'src/pause/index.tsx',
  support: 'src/support/index.tsx',
  welcome: 'src/welcome/index.tsx',
  'self-compassion': 'src/self-compassion/index.tsx',
  reflections: 'src/reflections/index.tsx',
};
export const pages = ['popup', 'options', 'newtab', 'pause', 'support', 'welcome', 'self-compassion', 'reflections'];
export const targets = /** @type {const} */ (['chrome', 'firefox']);
/**
 * How the bundles are built, each group by one esbuild run. Classic scripts: the worker (a
 * service worker in Chrome, an event page's script in Firefox), appearance.js, which must run
 * in <head> before anything paints, and the new tab, which paints from plain DOM in one file
 * (its only file: its styles are inlined in its HTML, page-html.mjs).
 * The other pages are ES modules, built with splitting: what a page fetches with import() (the
 * exercise runner, src/ui/runner/load-runner.tsx) is one chunk shared by the pages that run
 * exercises, using the page's own copy of Preact (two copies on one page would break hooks).
 * The new tab's pause is an entry of that group, which the new tab's classic script imports on
 * click (moduleBundleImports). The pages that run no exercise are split among themselves, so the
 * popup's first paint doesn't carry chunks cut to the options page's measure; the options page is
 * split on its own (its first paint, one shared chunk, and the later sections it fetches right
 * after), since chunks cut among it and the welcome page cost both pages more files to fetch.
 */
const bundleGroups = /** @type {const} */ ([
  { kind: 'classic', bundles: ['background', 'appearance', 'newtab'] },
  { kind: 'modules', bundles: ['popup', 'pause', 'newtab-pause'] },
  { kind: 'modules', bundles: ['options'] },
  { kind: 'modules', bundles: ['welcome', 'support', 'self-compassion', 'reflections'] },
]);
/** Module entries a classic page imports on demand: built as ES modules, with no HTML of their own. */
export const moduleBundles = ['newtab-pause'];
/** Pages whose own script is classic, not a module, with their styles inline (page-html.mjs). */
const classicPages = ['newtab'];
/** Where the chunks the pages share go. */
export const chunkFolder = 'chunks';

/**
 * The store package of a target, e.g. kindly-chrome-0.1.0.zip.
 * @param {typeof targets[number]} target
 */
export const zipName = (target) => `kindly-${target}-${packageJson.version}.zip`;

/** @typedef {'production' | 'development' | 'test'} Mode */

/**
 * A classic page's `import('./inline-pause')` of a module bundle's source becomes an import of
 * the built bundle (`./newtab-pause.js`), left to the browser: the source keeps its types and
 * tests import it directly, while the page's own script doesn't swallow the code it means to
 * fetch on click.
 * @type {import('esbuild').Plugin}
 */
const moduleBundleImports = {
  name: 'module-bundle-imports',
  setup(builder) {
    const bundleOf = new Map(moduleBundles.map((name) => [join(root, entryPoints[/** @type {keyof typeof entryPoints} */ (name)]).replace(/\.tsx?$/, ''), name]));
    builder.onResolve({ filter: /^\./ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const name = bundleOf.get(join(args.resolveDir, args.path).replace(/\.tsx?$/, ''));
      return name ? { path: `./${name}.js`, external: true } : undefined;
    });
  },
};

/** @param {Mode} mode @param {string} outdir @param {typeof bundleGroups[number]} group */
function esbuildOptions(mode, outdir, group) {
  const classic = group.kind === 'classic';
  return /** @type {import('esbuild').BuildOptions} */ ({
    absWorkingDir: root,
    entryPoints: group.bundles.map((out) => ({ in: entryPoints[/** @type {keyof typeof entryPoints} */ (out)], out })),
    outdir,
    bundle: true,
    ...(classic ? { format: 'iife', plugins: [moduleBundleImports] } : { format: 'esm', splitting: true, chunkNames: `${chunkFolder}/[name]-[hash]` }),
    target: ['chrome123', 'firefox140'],
    minify: mode === 'production',
    sourcemap: mode === 'production' ? false : 'linked',
    define: { __KINDLY_TEST__: String(mode === 'test') },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    metafile: true,
  });
}

/**
 * Takes the classic pages' stylesheets out of the folder, to be inlined in their HTML.
 * @param {string} dir
 * @returns {Record<string, string>} page -> its CSS
 */
function takeInlineStyles(dir) {
  /** @type {Record<string, string>} */
  const styles = {};
  for (const page of classicPages) {
    styles[page] = readFileSync(join(dir, `${page}.css`), 'utf8');
    for (const file of [`${page}.css`, `${page}.css.map`]) rmSync(join(dir, file), { force: true });
  }
  return styles;
}

/**
 * Writes the HTML shells and copies locales, icons and the derived manifest next to the bundles.
 * @param {string} dir @param {'chrome' | 'firefox'} target @param {Record<string, string>} inlineStyles
 */
function copyStatic(dir, target, inlineStyles) {
  for (const page of pages) {
    const css = inlineStyles[page];
    const html = css === undefined ? pageHtml(page, staticImportsOf(dir, `${page}.js`)) : onePageFileHtml(page, css, target);
    writeFileSync(join(dir, `${page}.html`), html);
  }
  cpSync(join(root, '_locales'), join(dir, '_locales'), { recursive: true });
  mkdirSync(join(dir, 'icons'), { recursive: true });
  cpSync(join(root, 'icons'), join(dir, 'icons'), { recursive: true, filter: (src) => !/\.md$/.test(src) });
  const manifest = deriveManifest(JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')), target, packageJson.version);
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * The Chrome folder is built first; Firefox gets the same files and its own manifest.
 * @param {string} outDir
 */
function finishTargets(outDir) {
  const chrome = join(outDir, 'chrome');
  // import() brings no stylesheet: a page that fetches the runner has its styles in its own, so
  // the copies made for the runner's chunk and the new tab's pause are never loaded.
  for (const file of readdirSync(join(chrome, chunkFolder))) if (/\.css(\.map)?$/.test(file)) rmSync(join(chrome, chunkFolder, file));
  for (const bundle of moduleBundles) for (const file of [`${bundle}.css`, `${bundle}.css.map`]) rmSync(join(chrome, file), { force: true });
  const inlineStyles = takeInlineStyles(chrome);
  copyStatic(chrome, 'chrome', inlineStyles);
  rmSync(join(outDir, 'firefox'), { recursive: true, force: true });
  cpSync(chrome, join(outDir, 'firefox'), { recursive: true });
  copyStatic(join(outDir, 'firefox'), 'firefox', inlineStyles);
}

/**
 * @param {{ mode?: Mode, outDir?: string, zips?: boolean }} [options]
 * @returns {Promise<{ outDir: string, zips: string[], metafile: import('esbuild').Metafile }>}
 */
export async function build({ mode = 'production', outDir, zips } = {}) {
  const out = outDir ?? join(root, mode === 'test' ? 'dist-test' : 'dist');
  const makeZips = zips ?? mode === 'production';
  rmSync(out, { recursive: true, force: true });
  const results = await Promise.all(bundleGroups.map((group) => esbuild.build(esbuildOptions(mode, join(out, 'chrome'), group))));
  finishTargets(out);
  const written = [];
  if (makeZips) {
    for (const target of targets) {
      const zipPath = join(out, zipName(target));
      zipDirectory(join(out, target), zipPath);
      written.push(zipPath);
    }
  }
  /** @type {import('esbuild').Metafile} */
  const metafile = { inputs: {}, outputs: {} };
  for (const { metafile: part } of results) {
    Object.assign(metafile.inputs, part?.inputs);
    Object.assign(metafile.outputs, part?.outputs);
  }
  return { outDir: out, zips: written, metafile };
}

async function watchBuild() {
  const out = join(root, 'dist');
  rmSync(out, { recursive: true, force: true });
  const refresh = () => {
    try {
          finishTargets(out);
      console.log(`[${new Date().toLocaleTimeString()}] rebuilt dist/chrome and dist/firefox`);
    } catch (error) {
      console.error(error);
    }
  };
  const plugins = [{ name: 'copy-static', setup: (/** @type {import('esbuild').PluginBuild} */ b) => b.onEnd((result) => void (result.errors.length === 0 && refresh())) }];
  for (const group of bundleGroups) {
    const options = esbuildOptions('development', join(out, 'chrome'), group);
    const context = await esbuild.context({ ...options, plugins: [...(options.plugins ?? []), ...plugins] });
    await context.watch();
  }
  // esbuild watches what it bundles; locales, icons and the manifest are watched here.
  for (const path of ['manifest.json', '_locales', 'icons']) {
    watch(join(root, path), { recursive: true }, refresh);
  }
  console.log('Watching for changes. Load dist/chrome (or dist/firefox) in your browser; Ctrl+C stops.');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args.includes('--watch')) {
    await watchBuild();
  } else {
    const started = performance.now();
    const { outDir, zips } = await build({ mode: args.includes('--test') ? 'test' : 'production' });
    const relativeOut = outDir.slice(root.length + 1);
    console.log(`Built ${relativeOut}/chrome and ${relativeOut}/firefox in ${Math.round(performance.now() - started)} ms`);
    for (const zip of zips) console.log(`  ${zip.slice(root.length + 1)}`);
  }
}
