import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { architectureConfig } from './scripts/lint/architecture.js';

/*
 * Type-checking (tsc) is its own step of npm test; lint adds only the type-aware rules that catch
 * bugs tsc lets through. Run with --cache (npm run lint does): a file whose text is unchanged
 * keeps its last result even if a type it uses changed elsewhere, so a fresh clone (CI) is the
 * final word.
 */
/** @type {import('eslint').Linter.RulesRecord} */
const promiseRules = {
  // A promise nobody awaits or catches loses its error: in the worker, a reminder silently stops.
  '@typescript-eslint/no-floating-promises': 'error',
  // An async function where a void callback is expected (listeners) drops its rejection.
  '@typescript-eslint/no-misused-promises': 'error',
  '@typescript-eslint/await-thenable': 'error',
};
/**
 * Where data from storage, imports and messages flows: `any` must not carry it past a check.
 * @type {import('eslint').Linter.RulesRecord}
 */
const untrustedDataRules = {
  '@typescript-eslint/no-unsafe-argument': 'error',
  '@typescript-eslint/no-unsafe-assignment': 'error',
  '@typescript-eslint/no-unsafe-call': 'error',
  '@typescript-eslint/no-unsafe-member-access': 'error',
  '@typescript-eslint/no-unsafe-return': 'error',
  // "[object Object]" or "undefined" in a sentence someone reads.
  '@typescript-eslint/restrict-template-expressions': 'error',
  '@typescript-eslint/no-base-to-string': 'error',
  '@typescript-eslint/restrict-plus-operands': 'error',
  '@typescript-eslint/unbound-method': 'error',
  '@typescript-eslint/only-throw-error': 'error',
  '@typescript-eslint/prefer-promise-reject-errors': 'error',
};

export default defineConfig(
  { ignores: ['dist/**', 'dist-test/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // TypeScript (with checkJs) already knows every global, per file.
      'no-undef': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      ...promiseRules,
    },
  },
  { files: ['src/**'], rules: untrustedDataRules },
  {
    // Build scripts import types with JSDoc, not `import type`.
    files: ['**/*.js', '**/*.mjs'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  // The architecture's lines: each folder of src/ imports only what it is listed for, and only
  // src/platform reaches the browser's API (scripts/lint/architecture.js).
  architectureConfig,
);
