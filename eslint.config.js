import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output*/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'out/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    // React lives in components/ and the extension pages; Playwright's `use` elsewhere is no hook.
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.tsx'],
    ...(reactHooks.configs.flat['recommended-latest'] ?? reactHooks.configs.flat.recommended),
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // lib/ is the pure core: it runs in Node and in every extension context, so it may not
    // reach for extension APIs (uBlock Origin / Dark Reader style boundary).
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome', 'window', 'localStorage', 'sessionStorage'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'wxt/*',
                'wxt',
                '#imports',
                'webextension-polyfill',
                'react',
                'react-dom',
                'react-dom/*',
              ],
              message: 'lib/ stays free of browser and UI APIs.',
            },
            {
              group: ['**/entrypoints/**', '**/components/**'],
              message: 'lib/ must not depend on UI or wiring.',
            },
          ],
        },
      ],
    },
  },
  {
    // Content scripts run inside the host page: IndexedDB there is the host site's storage.
    files: ['entrypoints/*.content/**', 'entrypoints/*.content.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', 'dexie-react-hooks', '**/lib/db/**', 'react', 'react-dom', 'react-dom/*'],
              message:
                'Content scripts send messages; the background writes the database, and React stays in the panel frame.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'indexedDB'],
    },
  },
  prettier,
);
