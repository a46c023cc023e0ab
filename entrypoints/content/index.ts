import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { DATASET_HASH_KEY } from '@/utils/dataset/dataset-change-signal';
import { listenForRequests } from '@/utils/adapters/messaging/listen';
import { parseContentRequest } from '@/utils/messaging/contract';
import { loadSettings, watchSettings } from '@/utils/adapters/settings/settings-store';
import './highlights.css';
import { PageSession } from './page-session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Every frame reads its own document; about:blank frames inherit their parent's origin.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main() {
    // Articles are HTML. SVG images and XML feeds opened as pages are left alone.
    if (!(document instanceof HTMLDocument)) return;
    const session = new PageSession({ window, settings: await loadSettings() });
    listenForRequests(parseContentRequest, (request) => session.answer(request));
    watchSettings((settings) => void session.applySettings(settings));
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && DATASET_HASH_KEY in changes && !session.usesDataset(changes[DATASET_HASH_KEY]?.newValue)) {
        void session.reloadDataset();
      }
    });
    await session.start();
  },
});
