import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const surfaces = ['background', 'popup', 'options', 'newtab', 'pause', 'support', 'welcome', 'self-compassion'];

/**
 * Import patterns that reach into another folder of src/.
 * @param {...string} folders
 */
const into = (...folders) => folders.flatMap((folder) => [`**/${folder}/*`, `**/${folder}`]);

export default defineConfig(
  { ignores: ['dist/**', 'dist-test/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // TypeScript (with checkJs) already knows every global, per file.
      'no-undef': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Build scripts read JSON files and esbuild's results, where `any` is the honest type.
    files: ['**/*.js', '**/*.mjs'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  // The architecture's lines (DESIGN.md): only platform touches the browser; core touches
  // nothing but itself; surfaces never import each other.
  {
    files: ['src/**'],
    ignores: ['src/platform/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: 'Only src/platform talks to the browser.' }] }],
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['webextension-polyfill', 'preact', 'preact/hooks'],
          patterns: [{ group: into('platform', 'ui', ...surfaces), message: 'Core is pure: it imports only core.' }],
        },
      ],
    },
  },
  {
    files: ['src/platform/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: into('ui', ...surfaces), message: 'Platform does not depend on pages.' }] }],
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: 'Only src/platform talks to the browser.' }],
          patterns: [{ group: into(...surfaces), message: 'Shared UI does not depend on a page.' }],
        },
      ],
    },
  },
  ...surfaces.map((surface) => /** @type {import('eslint').Linter.Config} */ ({
    files: [`src/${surface}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: 'Only src/platform talks to the browser.' }],
          patterns: [{ group: into(...surfaces.filter((other) => other !== surface)), message: 'Surfaces never import each other.' }],
        },
      ],
    },
  })),
);
