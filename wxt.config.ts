import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { buildReleaseFromDataDir, serializeRelease } from './scripts/lib/build-release';
import { pdfjsAssets } from './scripts/lib/pdfjs-assets';
import { BUNDLED_DATASET_PATH } from './utils/dataset/bundled-dataset-path';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  // Manifest V3 for both browsers: one manifest shape, `action` and
  // `host_permissions` everywhere; in Firefox the background is an event
  // page (background.scripts), in Chromium a service worker.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false, minify: process.env.REPERE_PROFILE_BUILD ? false : 'esbuild' },
  }),
  manifest: ({ browser }) => ({
    name: 'Repère',
    description: '__MSG_extensionDescription__',
    default_locale: 'fr',
    // Chromium: an offscreen document starts the worker that verifies releases.
    // `scripting`: the popup lists a tab's frames (executeScript with allFrames
    // returns each frame's id) to sum "Sur cette page" over all of them; it
    // shows no warning at install, unlike `webNavigation` ("browsing history").
    // `webRequest`: the background sees a top-level response's Content-Type to
    // open PDFs in Repère's viewer (entrypoints/background/pdf-redirect.ts),
    // observing only (no blocking, nothing changed); it shows no warning of
    // its own beside the host permissions Repère already has.
    permissions: ['storage', 'alarms', 'scripting', 'webRequest', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Content scripts run on every web page; sync may fetch a release from
    // any https host the user configures (and localhost while developing).
    // Chromium: `file:///*` lets the reader allow local PDFs ("Allow access to
    // file URLs", off until they turn it on); Firefox never lets an extension
    // read file: URLs, so its viewer offers a file picker instead.
    host_permissions: ['http://*/*', 'https://*/*', ...(browser === 'firefox' ? [] : ['file:///*'])],
    action: { default_title: 'Repère' },
    // The content bootstrap imports the marker and the card from its own
    // world where a page needs them (entrypoints/content/stages.ts). With a
    // dynamic URL (Chromium), a page cannot probe for these files to tell
    // that Repère is installed.
    web_accessible_resources: [
      {
        resources: ['content-marker.js', 'content-card.js'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      'next-term': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNextTerm__',
      },
      'previous-term': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandPreviousTerm__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'repere@repere-sante.fr',
              // 140 (an ESR) is the first release with both the CSS Custom
              // Highlight API (marks) and data_collection_permissions; the rest
              // (Ed25519 in WebCrypto: 129, popover: 125, MV3 host permissions
              // granted at install: 127) came earlier.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions reached Firefox for Android in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // `npm run zip:firefox` also writes the sources zip AMO asks for: what a
  // reviewer needs to rebuild (README, "Rebuilding from the sources zip").
  zip: {
    excludeSources: ['.keys/**', 'test-results/**', 'playwright-report/**', '.demo/**', 'docs/images/**', 'bench-results/**'],
  },
  hooks: {
    // The bundled dataset is the same release file `npm run dataset:build`
    // writes, built from data/ at every extension build.
    'build:publicAssets': async (_wxt, files) => {
      const release = await buildReleaseFromDataDir();
      files.push({ relativeDest: BUNDLED_DATASET_PATH, contents: serializeRelease(release) });
      // The PDF viewer's fonts and image decoders, served by the extension itself.
      files.push(...pdfjsAssets());
    },
  },
});
