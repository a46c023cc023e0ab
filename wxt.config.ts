import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { buildReleaseFromDataDir, serializeRelease } from './scripts/lib/build-release';
import { BUNDLED_DATASET_PATH } from './utils/dataset/bundled-dataset-path';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: 'Repère',
    description: '__MSG_extensionDescription__',
    default_locale: 'fr',
    permissions: ['storage', 'alarms'],
    // Content scripts run on every web page; sync may fetch a release from
    // any https host the user configures (and localhost while developing).
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Repère' },
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
              // 140 (an ESR): CSS Custom Highlight API and
              // data_collection_permissions are both available from it.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The bundled dataset is the same release file `npm run dataset:build`
    // writes, built from data/ at every extension build.
    'build:publicAssets': async (_wxt, files) => {
      const release = await buildReleaseFromDataDir();
      files.push({ relativeDest: BUNDLED_DATASET_PATH, contents: serializeRelease(release) });
    },
  },
});
