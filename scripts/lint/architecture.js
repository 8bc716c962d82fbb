// The architecture's lines (docs/design.md), as lint rules that deny by default: a folder of src/
// may import only what it is listed for here, and a folder not listed may import nothing.
import { dirname, posix, relative, resolve, sep } from 'node:path';

const surface = { folders: ['core', 'platform', 'ui'], packages: ['preact', 'preact/hooks'] };

/**
 * What each folder of src/ may import besides itself: other folders, and packages.
 * @type {Record<string, { folders: string[], packages: string[] }>}
 */
export const layers = {
  // Pure: no browser, no DOM, no framework.
  core: { folders: [], packages: ['valibot'] },
  // The only code that talks to the browser.
  platform: { folders: ['core'], packages: ['webextension-polyfill'] },
  // The worker: no DOM code, so nothing from ui or the pages.
  background: { folders: ['core', 'platform'], packages: [] },
  ui: { folders: ['core', 'platform'], packages: ['preact', 'preact/hooks'] },
  // The pages: shared UI, never each other.
  newtab: surface,
  options: surface,
  pause: surface,
  popup: surface,
  reflections: surface,
  'self-compassion': surface,
  support: surface,
  welcome: surface,
};

/** The browser's extension API objects, which only src/platform may reach. */
const extensionGlobals = new Set(['chrome', 'browser']);
const globalScopes = new Set(['globalThis', 'window', 'self']);

/**
 * The folder of src/ a path is in ('.' for a file directly in src/), or undefined outside src/.
 * @param {string} cwd @param {string} path
 */
function layerOf(cwd, path) {
  const inProject = relative(cwd, resolve(cwd, path)).split(sep).join(posix.sep) + (path.endsWith('/') ? '/' : '');
  if (!inProject.startsWith('src/')) return undefined;
  const rest = inProject.slice('src/'.length);
  return rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : '.';
}

/** @param {import('estree').Node | undefined | null} node */
function unwrap(node) {
  let current = /** @type {any} */ (node);
  // TypeScript's `x as T`, `x!`, `<T>x` and parentheses hide the object underneath.
  while (current && ['TSAsExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'TSSatisfiesExpression'].includes(current.type)) current = current.expression;
  return current;
}

/** @type {import('eslint').Rule.RuleModule} */
const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder of src/ imports only the folders and packages the architecture lists for it.' },
    schema: [],
    messages: {
      unlisted: '{{layer}} is not in the architecture (scripts/lint/architecture.js): list what it may import before it imports anything.',
      folder: '{{layer}} may not import from {{target}}: it may use {{allowed}}.',
      outside: '{{layer}} may import only from src/, not {{target}}.',
      package: '{{layer}} may not import the package {{target}}: it may use {{allowed}}.',
    },
  },
  create(context) {
    const layer = layerOf(context.cwd, context.filename);
    if (!layer) return {};
    const rules = layers[layer];
    /** @param {import('estree').Node} node @param {unknown} value @param {boolean} [typeOnly] */
    const check = (node, value, typeOnly = false) => {
      if (typeof value !== 'string') return;
      if (!rules) return context.report({ node, messageId: 'unlisted', data: { layer } });
      if (value.startsWith('.')) {
        const path = resolve(dirname(context.filename), value);
        // The message keys' type comes from the English messages; a type carries no code.
        if (typeOnly && relative(context.cwd, path).startsWith(`_locales${sep}`)) return;
        // As a folder: '../core' and '../core/x' both land in core.
        const target = layerOf(context.cwd, `${path}/`);
        if (!target) return context.report({ node, messageId: 'outside', data: { layer, target: value } });
        if (target !== layer && !rules.folders.includes(target)) {
          context.report({ node, messageId: 'folder', data: { layer, target, allowed: [layer, ...rules.folders].join(', ') } });
        }
        return;
      }
      if (!rules.packages.includes(value)) {
        context.report({ node, messageId: 'package', data: { layer, target: value, allowed: rules.packages.join(', ') || 'no packages' } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value, /** @type {any} */ (node).importKind === 'type'),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

/** @type {import('eslint').Rule.RuleModule} */
const extensionApiRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Only src/platform reaches the browser extension API, however it is spelled.' },
    schema: [],
    messages: { api: 'Only src/platform talks to the browser: use a wrapper from there instead of {{name}}.' },
  },
  create(context) {
    if (layerOf(context.cwd, context.filename) === 'platform') return {};
    return {
      /** @param {import('estree').MemberExpression} node */
      MemberExpression(node) {
        const object = unwrap(node.object);
        const name = node.computed ? (node.property.type === 'Literal' ? node.property.value : undefined) : /** @type {any} */ (node.property).name;
        if (object?.type === 'Identifier' && globalScopes.has(object.name) && extensionGlobals.has(name)) {
          context.report({ node, messageId: 'api', data: { name: `${object.name}.${name}` } });
        }
      },
      'Program:exit'(program) {
        // Bare `chrome` or `browser`: references no declaration in the file resolves.
        for (const reference of context.sourceCode.getScope(program).through) {
          if (extensionGlobals.has(reference.identifier.name)) {
            context.report({ node: reference.identifier, messageId: 'api', data: { name: reference.identifier.name } });
          }
        }
      },
    };
  },
};

export const architecturePlugin = { meta: { name: 'kindly-architecture' }, rules: { imports: importsRule, 'extension-api': extensionApiRule } };

/**
 * The flat-config block that holds src/ to these lines.
 * @type {import('eslint').Linter.Config}
 */
export const architectureConfig = {
  files: ['src/**/*.{ts,tsx,js,mjs}'],
  plugins: { architecture: architecturePlugin },
  rules: { 'architecture/imports': 'error', 'architecture/extension-api': 'error' },
};
