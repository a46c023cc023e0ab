/** Repère's PDF viewer page, opened on a document as `pdf-viewer.html?file=<encoded url>`. */
export const PDF_VIEWER_PAGE = 'pdf-viewer.html';

export function viewerPathFor(documentUrl: string): string {
  return `/${PDF_VIEWER_PAGE}?file=${encodeURIComponent(documentUrl)}`;
}

/** The document a viewer URL shows: only http(s) and file addresses (never another extension page or a data: URL). */
export function documentUrlOf(viewerUrl: string): string | null {
  let file: string | null;
  try {
    file = new URL(viewerUrl).searchParams.get('file');
  } catch {
    return null;
  }
  if (!file) return null;
  try {
    const { protocol } = new URL(file);
    return protocol === 'http:' || protocol === 'https:' || protocol === 'file:' ? file : null;
  } catch {
    return null;
  }
}

/** Whether a tab's URL is Repère's viewer (`extensionOrigin` is runtime.getURL('/')). */
export function isViewerUrl(url: string | undefined, extensionOrigin: string): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    const extension = new URL(extensionOrigin);
    // Protocol and host, not `origin`: URL gives "null" as the origin of
    // schemes it does not know (chrome-extension: outside Chromium).
    return parsed.protocol === extension.protocol && parsed.host === extension.host && parsed.pathname === `/${PDF_VIEWER_PAGE}`;
  } catch {
    return false;
  }
}
