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

/** A `file:` address whose name ends in `.pdf` (any case; the query and fragment aside). */
export function isLocalPdfUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'file:' && /\.pdf$/i.test(parsed.pathname);
  } catch {
    return false;
  }
}

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
    return this.settle(response.tabId, response.url, isPdf, openInRepere);
  }

  /**
   * A tab's move to a `file:` address (no response to observe there: the
   * background sees it through tabs.onUpdated). Only a `.pdf` name tells a
   * local PDF; the caller checks the reader allowed file access.
   */
  decideLocalFile(tabId: number, url: string, openInRepere: boolean): PdfDecision {
    if (tabId < 0) return 'other';
    return this.settle(tabId, url, isLocalPdfUrl(url), openInRepere);
  }

  private settle(tabId: number, url: string, isPdf: boolean, openInRepere: boolean): PdfDecision {
    const bypassed = this.bypass.get(tabId) === url;
    // A bypass is for the next load only, PDF or not.
    this.bypass.delete(tabId);
    if (!isPdf) {
      this.shown.delete(tabId);
      return 'other';
    }
    if (bypassed || !openInRepere) {
      this.shown.set(tabId, url);
      return 'browser';
    }
    this.shown.delete(tabId);
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
