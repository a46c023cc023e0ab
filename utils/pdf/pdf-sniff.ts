import { isAttachment, isPdfContentType } from './pdf-response';

/**
 * Servers often send PDFs as a generic binary type; browsers show them as
 * PDFs anyway when the address or the announced filename ends in `.pdf`.
 * Only those generic types are read that way: `text/html` (an error page,
 * a login form) at a `.pdf` address is a page, not a document.
 */
const GENERIC_BINARY_TYPES = ['application/octet-stream', 'binary/octet-stream'];

function mediaTypeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();
}

/** The filename a Content-Disposition announces (`filename*=UTF-8''…` first, as RFC 6266 says), or null. */
export function dispositionFilename(contentDisposition: string | null | undefined): string | null {
  if (!contentDisposition) return null;
  const extended = /filename\*\s*=\s*[^']*'[^']*'([^;]+)/i.exec(contentDisposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      return extended[1]!.trim();
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i.exec(contentDisposition);
  if (!plain) return null;
  return plain[1] !== undefined ? plain[1].replace(/\\(.)/g, '$1') : plain[2]!;
}

function pathEndsInPdf(url: string): boolean {
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

export interface PdfResponseHeaders {
  url: string;
  contentType: string | null | undefined;
  contentDisposition: string | null | undefined;
}

/**
 * Whether a response is a PDF the browser would show: a PDF media type, or
 * a generic binary type (or none) at an address or under a filename ending
 * in `.pdf`; never an attachment, which the browser saves.
 */
export function isShownPdf({ url, contentType, contentDisposition }: PdfResponseHeaders): boolean {
  if (isAttachment(contentDisposition)) return false;
  if (isPdfContentType(contentType)) return true;
  const mediaType = mediaTypeOf(contentType);
  if (mediaType !== '' && !GENERIC_BINARY_TYPES.includes(mediaType)) return false;
  return pathEndsInPdf(url) || /\.pdf$/i.test(dispositionFilename(contentDisposition) ?? '');
}
