import { browser } from 'wxt/browser';
import { loadSettings } from '@/utils/adapters/settings/settings-store';
import { PdfTabs } from '@/utils/pdf/pdf-navigation';
import { viewerPathFor } from '@/utils/pdf/viewer-url';

/**
 * Sends tabs that load a PDF (by its response's Content-Type) to Repère's
 * viewer. Observed with webRequest.onHeadersReceived and acted on with
 * tabs.update, which both Chromium and Firefox offer in Manifest V3;
 * declarativeNetRequest's `responseHeaders` condition would avoid the
 * browser's viewer showing for a moment, but only in Chromium, and a
 * one-time "back to the browser's viewer" would mean adding and removing
 * session rules per document. Nothing is blocked or modified: the browser
 * starts showing the PDF, and the tab is then pointed at the viewer, which
 * fetches the same URL itself.
 */
export function redirectPdfTabs(): PdfTabs {
  const tabs = new PdfTabs();
  browser.webRequest.onHeadersReceived.addListener(
    (details) => {
      void loadSettings().then((settings) => {
        if (tabs.decide(details, settings.openPdfs) !== 'viewer') return;
        void browser.tabs.update(details.tabId, { url: browser.runtime.getURL(viewerPathFor(details.url) as `/pdf-viewer.html${string}`) }).catch(() => undefined);
      });
      return undefined;
    },
    { urls: ['http://*/*', 'https://*/*'], types: ['main_frame'] },
    ['responseHeaders'],
  );
  browser.tabs.onRemoved.addListener((tabId) => tabs.forgetTab(tabId));
  return tabs;
}
