import { browser } from 'wxt/browser';
import { loadSettings } from '@/utils/adapters/settings/settings-store';
import { PdfTabs } from '@/utils/pdf/pdf-navigation';
import { viewerPathFor } from '@/utils/pdf/viewer-url';

/** What the background's requests need of the tabs' PDFs (see handle-request.ts). */
export interface PdfTabsService {
  allowBrowserViewerOnce(tabId: number, url: string): void;
  /** The PDF a tab shows in the browser's own viewer, as last seen (kept across the worker's restarts). */
  shownIn(tabId: number): Promise<string | null>;
}

const shownKey = (tabId: number) => `pdf-shown-${tabId}`;

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
 *
 * Which tab shows a PDF in the browser's viewer (for the popup's "Ouvrir
 * dans Repère") is also kept in storage.session: Chromium stops an idle
 * service worker after half a minute, and a reader reads longer than that.
 */
export function redirectPdfTabs(): PdfTabsService {
  const tabs = new PdfTabs();
  const session = browser.storage.session;
  browser.webRequest.onHeadersReceived.addListener(
    (details) => {
      void loadSettings().then(async (settings) => {
        const decision = tabs.decide(details, settings.openPdfs);
        if (decision === 'browser') await session.set({ [shownKey(details.tabId)]: details.url });
        else if (details.type === 'main_frame' && details.tabId >= 0) await session.remove(shownKey(details.tabId));
        if (decision !== 'viewer') return;
        await browser.tabs.update(details.tabId, { url: browser.runtime.getURL(viewerPathFor(details.url) as `/pdf-viewer.html${string}`) });
      }).catch(() => undefined);
      return undefined;
    },
    { urls: ['http://*/*', 'https://*/*'], types: ['main_frame'] },
    ['responseHeaders'],
  );
  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.forgetTab(tabId);
    void session.remove(shownKey(tabId)).catch(() => undefined);
  });
  return {
    allowBrowserViewerOnce: (tabId, url) => tabs.allowBrowserViewerOnce(tabId, url),
    shownIn: async (tabId) => {
      const stored = ((await session.get(shownKey(tabId)).catch(() => ({}))) as Record<string, unknown>)[shownKey(tabId)];
      return tabs.shownIn(tabId) ?? (typeof stored === 'string' ? stored : null);
    },
  };
}
