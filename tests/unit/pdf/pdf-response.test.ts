import { describe, expect, it } from 'vitest';
import { declaredLength, headerValue, isAttachment, isPdfContentType, isTooLarge, MAX_PDF_BYTES } from '../../../utils/pdf/pdf-response';

describe('what headers say about a PDF', () => {
  it('knows a PDF by its media type, parameters and case aside', () => {
    expect(isPdfContentType('application/pdf')).toBe(true);
    expect(isPdfContentType('Application/PDF; charset=binary')).toBe(true);
    expect(isPdfContentType('application/x-pdf')).toBe(true);
    expect(isPdfContentType('text/html; charset=utf-8')).toBe(false);
    expect(isPdfContentType('application/pdfx')).toBe(false);
    expect(isPdfContentType('application/octet-stream')).toBe(false);
    expect(isPdfContentType(undefined)).toBe(false);
  });

  it('leaves attachments to the download they ask for', () => {
    expect(isAttachment('attachment; filename="rapport.pdf"')).toBe(true);
    expect(isAttachment('inline; filename="rapport.pdf"')).toBe(false);
    expect(isAttachment(undefined)).toBe(false);
  });

  it('refuses a declared size over 200 MB, and only a declared one', () => {
    expect(isTooLarge(String(MAX_PDF_BYTES + 1))).toBe(true);
    expect(isTooLarge(String(MAX_PDF_BYTES))).toBe(false);
    expect(isTooLarge(null)).toBe(false);
    expect(isTooLarge('lots')).toBe(false);
    expect(declaredLength(' 1234 ')).toBe(1234);
    expect(declaredLength('-5')).toBeNull();
  });

  it('finds a header whatever its case', () => {
    const headers = [{ name: 'Content-Type', value: 'application/pdf' }];
    expect(headerValue(headers, 'content-type')).toBe('application/pdf');
    expect(headerValue(headers, 'content-length')).toBeUndefined();
    expect(headerValue(undefined, 'content-type')).toBeUndefined();
  });
});
