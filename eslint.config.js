// ESLint (flat config): recommended + type-aware promise checks, type-only imports, import boundaries.
// Each .ts file is checked with the nearest tsconfig.json (projectService): shared/ with neither Node
// nor Apps Script types, addon/server with Apps Script types, the browser pages with the DOM.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import boundaries from './scripts/eslint/import-boundaries.js';

const root = dirname(fileURLToPath(import.meta.url));

/** Where each part of the repository may reach; see scripts/eslint/import-boundaries.js. */
export const boundaryOptions = {
  root,
  zones: [
    {
      from: 'shared',
      only: { paths: ['shared'], packages: ['zod'] },
      message: 'shared/ imports only shared/ and zod (no Node, Apps Script, Hono or DOM)',
    },
    {
      from: 'addon',
      forbid: ['sync-service', 'cli', 'tests', 'bench', 'testkit'],
      message:
        'addon/ never imports sync-service/, cli/, tests/, bench/ or testkit/ (common code lives in shared/ and ui/)',
    },
    {
      from: 'sync-service',
      forbid: ['addon', 'cli', 'tests', 'bench', 'testkit'],
      message:
        'sync-service/ never imports addon/, cli/, tests/, bench/ or testkit/ (common code lives in shared/ and ui/)',
    },
    {
      from: 'cli',
      forbid: ['addon', 'sync-service', 'tests', 'bench', 'testkit'],
      message: 'cli/ never imports addon/, sync-service/, tests/, bench/ or testkit/ (common code lives in shared/)',
    },
    {
      from: 'sync-service/src/store',
      forbid: ['sync-service/src/sync'],
      message: 'the store never imports sync/ (sync/ uses the store, not the other way round)',
    },
    {
      from: 'bench',
      forbid: ['tests'],
      message: 'bench/ never imports tests/ (stand-ins and fixtures both need belong in a place both may use)',
    },
    {
      from: 'testkit',
      forbid: ['tests', 'bench'],
      message: 'testkit/ (stand-ins and fixtures) never imports tests/ or bench/',
    },
    {
      from: 'ui',
      forbid: ['shared', 'addon', 'sync-service', 'cli', 'tests', 'bench', 'testkit'],
      message: 'ui/ is the browser pages’ element builder and imports nothing of the product',
    },
  ],
  exceptions: [],
};

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'data/**', 'tests/fixtures/**', 'tests/.output/**'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: root,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { boundaries },
    rules: {
      'boundaries/imports': ['error', boundaryOptions],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Async functions that implement an async interface synchronously (the SQLite driver, stand-ins) are fine.
      '@typescript-eslint/require-await': 'off',
      // `String(field ?? '')` on parsed JSON (`unknown`) is how the code reads foreign fields, on purpose.
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    // Tests and benches drive stand-ins and parsed JSON through `any` on purpose.
    files: ['tests/**', 'bench/**', 'testkit/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // expect(store.close).toHaveBeenCalled()-style references and stand-ins that keep `this` for callbacks.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-this-alias': 'off',
    },
  },
  {
    // Apps Script's V8 is typed here with lib ES2020, which has no `new Error(message, { cause })`.
    files: ['addon/server/**'],
    rules: { 'preserve-caught-error': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.d.mts'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
);
