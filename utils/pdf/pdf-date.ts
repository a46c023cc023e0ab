import { isValidPartialDate } from '../dates/partial-date';

/**
 * The calendar day a PDF date names ("D:20240315093000+01'00'", PDF 32000
 * §7.9.4), as YYYY-MM-DD. The day is read as written, in the document's own
 * time zone: converting to UTC first (as pdf.js's PDFDateString.toDateObject
 * does) would move a report dated 15 March 00:30 in Paris to 14 March. A
 * date without its day says too little for "since this article": null.
 */
export function pdfDateDay(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const match = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(raw.trim());
  if (!match) return null;
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  return isValidPartialDate(day) ? day : null;
}

/**
 * The day a PDF was published, from its document information: its
 * creation date (when it was made), else its modification date.
 */
export function pdfPublicationDay(info: { CreationDate?: unknown; ModDate?: unknown } | null | undefined): string | null {
  return pdfDateDay(info?.CreationDate) ?? pdfDateDay(info?.ModDate);
}
