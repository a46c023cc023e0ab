/**
 * What a response's headers say about a PDF, for the background's
 * redirect to Repère's viewer and for the viewer's own fetch.
 */

export const PDF_MEDIA_TYPES = ['application/pdf', 'application/x-pdf'] as const;

/** Larger PDFs are not opened: a 200 MB file would hold the reader's memory and the tab for long. */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;

/** "application/pdf; charset=binary" is a PDF; the decision is the media type's, not the URL's suffix. */
export function isPdfContentType(value: string | null | undefined): boolean {
  if (!value) return false;
  const mediaType = value.split(';', 1)[0]!.trim().toLowerCase();
  return (PDF_MEDIA_TYPES as readonly string[]).includes(mediaType);
}

/** A response the browser saves rather than shows ("attachment") stays a download. */
export function isAttachment(contentDisposition: string | null | undefined): boolean {
  return !!contentDisposition && /^\s*attachment\b/i.test(contentDisposition);
}

/** The declared size, when the server gives one (null otherwise). */
export function declaredLength(value: string | null | undefined): number | null {
  if (!value || !/^\s*\d+\s*$/.test(value)) return null;
  return Number(value);
}

export function isTooLarge(contentLength: string | null | undefined): boolean {
  const length = declaredLength(contentLength);
  return length !== null && length > MAX_PDF_BYTES;
}

/** Header lookup in webRequest's list of { name, value } (names are case-insensitive). */
export function headerValue(headers: readonly { name: string; value?: string }[] | undefined, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return headers?.find((header) => header.name.toLowerCase() === wanted)?.value;
}
