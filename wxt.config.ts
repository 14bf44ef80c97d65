import { defineConfig } from 'wxt';

// Builds into .output by default; TASKLENS_OUT_DIR lets parallel builds (benchmarks, CI) keep apart.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  outDir: process.env.TASKLENS_OUT_DIR ?? '.output',
  zip: {
    // The sources package reviewers rebuild from: no build output, test artefacts or screenshots.
    excludeSources: ['.output*/**', 'out/**', 'test-results/**', 'playwright-report/**', '.ci/**'],
  },
  manifest: ({ browser }) => ({
    name: 'TaskLens',
    description:
      'Reads AI-training and data-labeling listings: task type, pay basis, effective hourly, red flags, and a private log of your applications.',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus'],
    action: { default_title: 'TaskLens' },
    // Chrome serves the panel only at a per-session address (runtime.getURL gives it), so no site
    // can fetch or frame it at the fixed extension id; Firefox already gives each install its own.
    web_accessible_resources:
      browser === 'firefox'
        ? (['panel.html'] as never)
        : [{ resources: ['panel.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'tasklens@tasklens.app',
              strict_min_version: '140.0',
              // Nothing leaves the user's machine: no data is collected or transmitted.
              data_collection_permissions: { required: ['none'] },
            },
            // The data-collection key exists from Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
});
