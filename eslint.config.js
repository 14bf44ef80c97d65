import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What lib/ may never import: browser and UI APIs, and the wiring and views built on lib/. */
const PURE_LIB = [
  {
    group: ['wxt/*', 'wxt', '#imports', 'webextension-polyfill', 'react', 'react-dom', 'react-dom/*'],
    message: 'lib/ stays free of browser and UI APIs.',
  },
  {
    group: ['**/entrypoints/**', '**/components/**', '**/features/**'],
    message: 'lib/ must not depend on UI or wiring.',
  },
];

/**
 * lib/'s layers, lowest first: each may import only from the layers before it (Dark Reader keeps
 * its folders apart the same way). The platform identity data (names, domains, job boards) sits
 * between model and the site adapters; analysis may read it but not the adapters. See
 * docs/architecture.md.
 */
const LAYERS = ['model', 'sites', 'analysis', 'db', 'transfer', 'messaging'];

/** Import patterns that reach `folder` of lib/, written relatively or through `@/`. */
function reaching(folder) {
  return [
    `@/lib/${folder}`,
    `@/lib/${folder}/**`,
    `**/lib/${folder}/**`,
    `../${folder}`,
    `../${folder}/**`,
    `../../${folder}/**`,
  ];
}

function layerRule(layer, extra = []) {
  const above = LAYERS.slice(LAYERS.indexOf(layer) + 1);
  return [
    'error',
    {
      patterns: [
        ...PURE_LIB,
        ...(above.length
          ? [
              {
                group: above.flatMap(reaching),
                message: `lib/${layer} sits below ${above.join(', ')} (order: ${LAYERS.join(' ← ')}); see docs/architecture.md.`,
              },
            ]
          : []),
        ...extra,
      ],
    },
  ];
}

/**
 * What analysis may read of lib/sites: the platform identity data (identity/) and the few modules
 * that share page-format facts with it (JSON-LD fields, how tags read as text, which platform a
 * listing belongs to). None of them touches a DOM or loads an adapter; tests/sites/identity.test.ts
 * checks that. The rest of lib/sites reads pages, which analysis never does.
 */
const SITES_READ_BY_ANALYSIS = [
  'identity',
  'identity/**',
  'platform-identity',
  'job-posting-json',
  'text-tags',
];

const ANALYSIS_READS_SITE_DATA = {
  group: [
    // Only the folder's contents: a pattern naming the folder itself would also cover everything in
    // it, and the exceptions below could not undo it (gitignore rules). lib/sites has no index file.
    ...reaching('sites').filter((p) => p.endsWith('/**')),
    ...SITES_READ_BY_ANALYSIS.flatMap((m) => [`!../sites/${m}`, `!@/lib/sites/${m}`, `!../../sites/${m}`]),
  ],
  message:
    'lib/analysis reads platform identity data (lib/sites/identity), not the site adapters or page readers.',
};

/**
 * Temporary: files that break the layer order today and are being moved by their owners. Each
 * entry names one file and is checked without the rule that it breaks; remove it once fixed.
 */
const LAYER_EXCEPTIONS = [];

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
    // React lives in components/, features/ and the extension pages; Playwright's `use` elsewhere is no hook.
    files: ['components/**/*.{ts,tsx}', 'features/**/*.{ts,tsx}', 'entrypoints/**/*.tsx'],
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
      'no-restricted-imports': ['error', { patterns: PURE_LIB }],
    },
  },
  ...LAYERS.map((layer) => ({
    files: [`lib/${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': layerRule(layer, layer === 'analysis' ? [ANALYSIS_READS_SITE_DATA] : []),
    },
  })),
  ...LAYER_EXCEPTIONS.map(({ file, rule }) => ({ files: [file], rules: { 'no-restricted-imports': rule } })),
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
