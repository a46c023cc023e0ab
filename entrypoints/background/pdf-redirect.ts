import { browser } from 'wxt/browser';
import { loadSettings } from '@/utils/adapters/settings/settings-store';
import { PdfTabs, type PdfDecision } from '@/utils/pdf/pdf-navigation';
import { viewerPathFor } from '@/utils/pdf/viewer-url';

/** What the background's requests need of the tabs' PDFs (see handle-request.ts). */
export interface PdfTabsService {
  allowBrowserViewerOnce(tabId: number, url: string): Promise<void>;
  /** The PDF a tab shows in the browser's own viewer, as last seen (kept across the worker's restarts). */
  shownIn(tabId: number): Promise<string | null>;
}

const shownKey = (tabId: number) => `pdf-shown-${tabId}`;
const bypassKey = (tabId: number) => `pdf-bypass-${tabId}`;

/**
 * Sends tabs that load a PDF (by its response's Content-Type, or a local
 * `.pdf` file where the reader allowed file URLs) to Repère's viewer.
 * Observed with webRequest.onHeadersReceived and acted on with
 * tabs.update, which both Chromium and Firefox offer in Manifest V3;
 * declarativeNetRequest's `responseHeaders` condition would avoid the
 * browser's viewer showing for a moment, but only in Chromium, and a
 * one-time "back to the browser's viewer" would mean adding and removing
 * session rules per document. Nothing is blocked or modified: the browser
 * starts showing the PDF, and the tab is then pointed at the viewer, which
 * fetches the same URL itself.
 *
 * Which tab shows a PDF in the browser's viewer (for the popup's "Ouvrir
 * dans Repère"), and a one-time bypass to it, are also kept in
 * storage.session: Chromium stops an idle service worker after half a
 * minute, and a reader reads longer than that.
 */
export function redirectPdfTabs(): PdfTabsService {
  const tabs = new PdfTabs();
  const session = browser.storage.session;
  // A bypass asked just before the worker stopped is still spent on the tab's next load.
  const restoreBypass = async (tabId: number) => {
    const stored = ((await session.get(bypassKey(tabId)).catch(() => ({}))) as Record<string, unknown>)[bypassKey(tabId)];
    if (typeof stored !== 'string') return;
    tabs.allowBrowserViewerOnce(tabId, stored);
    await session.remove(bypassKey(tabId)).catch(() => undefined);
  };
  const act = async (tabId: number, url: string, decision: PdfDecision) => {
    if (decision === 'browser') await session.set({ [shownKey(tabId)]: url });
    else await session.remove(shownKey(tabId));
    if (decision !== 'viewer') return;
    await browser.tabs.update(tabId, { url: browser.runtime.getURL(viewerPathFor(url) as `/pdf-viewer.html${string}`) });
  };
  browser.webRequest.onHeadersReceived.addListener(
    (details) => {
      if (details.type !== 'main_frame' || details.tabId < 0) return undefined;
      void Promise.all([loadSettings(), restoreBypass(details.tabId)])
        .then(([settings]) => act(details.tabId, details.url, tabs.decide(details, settings.openPdfs)))
        .catch(() => undefined);
      return undefined;
    },
    { urls: ['http://*/*', 'https://*/*'], types: ['main_frame'] },
    ['responseHeaders'],
  );
  // A local file makes no response to observe. Chromium tells a tab's move
  // to a file: address to an extension the reader allowed file URLs (the
  // `file:///*` host permission plus the toggle on the extensions page);
  // Firefox never does (so it gets no listener), and its viewer offers a
  // file picker instead. The worker is mostly awake already when a tab
  // changes: the same navigation's response woke it.
  if (import.meta.env.BROWSER !== 'firefox') {
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (!change.url?.startsWith('file:')) return;
      const url = change.url;
      void Promise.all([loadSettings(), browser.extension.isAllowedFileSchemeAccess(), restoreBypass(tabId)])
        .then(([settings, allowed]) => (allowed ? act(tabId, url, tabs.decideLocalFile(tabId, url, settings.openPdfs)) : undefined))
        .catch(() => undefined);
    });
  }
  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.forgetTab(tabId);
    void session.remove([shownKey(tabId), bypassKey(tabId)]).catch(() => undefined);
  });
  return {
    allowBrowserViewerOnce: async (tabId, url) => {
      tabs.allowBrowserViewerOnce(tabId, url);
      await session.set({ [bypassKey(tabId)]: url });
    },
    shownIn: async (tabId) => {
      const stored = ((await session.get(shownKey(tabId)).catch(() => ({}))) as Record<string, unknown>)[shownKey(tabId)];
      return tabs.shownIn(tabId) ?? (typeof stored === 'string' ? stored : null);
    },
  };
}
