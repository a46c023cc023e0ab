import { headerValue } from './pdf-response';
import { isShownPdf } from './pdf-sniff';

export interface ObservedResponse {
  tabId: number;
  url: string;
  type: string;
  method: string;
  statusCode: number;
  responseHeaders?: readonly { name: string; value?: string }[];
}

/**
 * What to do with a tab's top-level response, as the background sees it:
 * - 'viewer': a PDF to open in Repère's viewer;
 * - 'browser': a PDF left to the browser's own viewer (setting off, or the
 *   reader asked for it once), which the popup offers to open in Repère;
 * - 'other': not a PDF shown in the tab (a page, a download, an error).
 * Decided by the response's Content-Type; the URL's or filename's `.pdf`
 * suffix counts only for a generic binary type (see isShownPdf).
 */
export type PdfDecision = 'viewer' | 'browser' | 'other';

/**
 * The tabs' PDFs: which tab may show which document in the browser's viewer
 * once (the viewer's "Ouvrir dans le lecteur du navigateur"), and which tab
 * shows a PDF there now. Pure state: the background feeds it webRequest's
 * responses and acts on its decisions.
 */
export class PdfTabs {
  private readonly bypass = new Map<number, string>();
  private readonly shown = new Map<number, string>();

  /** The next load of `url` in this tab goes to the browser's viewer (once). */
  allowBrowserViewerOnce(tabId: number, url: string): void {
    this.bypass.set(tabId, url);
  }

  decide(response: ObservedResponse, openInRepere: boolean): PdfDecision {
    if (response.type !== 'main_frame' || response.tabId < 0) return 'other';
    const isPdf =
      /^https?:/i.test(response.url) &&
      response.method === 'GET' &&
      response.statusCode >= 200 &&
      response.statusCode < 300 &&
      isShownPdf({
        url: response.url,
        contentType: headerValue(response.responseHeaders, 'content-type'),
        contentDisposition: headerValue(response.responseHeaders, 'content-disposition'),
      });
    const bypassed = this.bypass.get(response.tabId) === response.url;
    // A bypass is for the next load only, PDF or not.
    this.bypass.delete(response.tabId);
    if (!isPdf) {
      this.shown.delete(response.tabId);
      return 'other';
    }
    if (bypassed || !openInRepere) {
      this.shown.set(response.tabId, response.url);
      return 'browser';
    }
    this.shown.delete(response.tabId);
    return 'viewer';
  }

  /** The PDF this tab last loaded in the browser's own viewer (the caller checks the tab still shows it). */
  shownIn(tabId: number): string | null {
    return this.shown.get(tabId) ?? null;
  }

  forgetTab(tabId: number): void {
    this.bypass.delete(tabId);
    this.shown.delete(tabId);
  }
}
