// ESLint: the recommended rules of ESLint and typescript-eslint (not the type-aware set: it would type-check
// the tree a fourth time on every run, and tsc already runs in `npm test`), plus the import boundaries of the
// monorepo (scripts/lint/boundaries.mjs). `npm run lint`; `npm test` runs it first and fails on an error.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import boundaries from './scripts/lint/boundaries.mjs';

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', '.data/**', 'node_modules/**', 'apps/web/src/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    plugins: { boundaries },
    rules: {
      'boundaries/imports': 'error',
      // `_`-prefixed names are deliberately unused (a positional parameter, a destructured rest)
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // payloads from the wire and rows from raw SQL are `any` at the edges; typed repositories are issue 17's point 3
      '@typescript-eslint/no-explicit-any': 'off',
      // Nest, TypeORM and class-validator type classes and entity lists as `Function`; our code mirrors them
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    // the web app is typed end to end from the generated API client: an `any` there is a hole
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  { files: ['apps/web/public/sw.js'], languageOptions: { globals: { ...globals.serviceworker } } },
  // functions it hands to the page (page.evaluate) run in the browser
  { files: ['scripts/check-web/browser.mjs'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/test/**/*.ts', 'test/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } },
  },
);
