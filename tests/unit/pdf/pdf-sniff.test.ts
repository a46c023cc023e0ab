import { describe, expect, it } from 'vitest';
import { dispositionFilename, isShownPdf } from '../../../utils/pdf/pdf-sniff';

const at = (url: string, contentType?: string, contentDisposition?: string) => isShownPdf({ url, contentType, contentDisposition });

describe('a PDF served with the wrong content type', () => {
  it('is a PDF when a generic binary type comes from a .pdf address', () => {
    expect(at('https://example.org/docs/Rapport.PDF', 'application/octet-stream')).toBe(true);
    expect(at('https://example.org/docs/rapport.pdf?download=0', 'binary/octet-stream')).toBe(true);
    expect(at('https://example.org/docs/rapport.pdf', undefined)).toBe(true);
  });

  it('is a PDF when a generic binary type is announced inline under a .pdf filename', () => {
    expect(at('https://example.org/get?id=7', 'application/octet-stream', 'inline; filename="rapport 2024.pdf"')).toBe(true);
    expect(at('https://example.org/get?id=7', 'application/octet-stream', "inline; filename*=UTF-8''rapport%20%C3%A9t%C3%A9.pdf")).toBe(true);
  });

  it('leaves alone a page at a .pdf address, binary data with no .pdf name, and attachments', () => {
    expect(at('https://example.org/docs/rapport.pdf', 'text/html; charset=utf-8')).toBe(false);
    expect(at('https://example.org/get?id=7', 'application/octet-stream')).toBe(false);
    expect(at('https://example.org/get?id=7', 'application/octet-stream', 'inline; filename="data.bin"')).toBe(false);
    expect(at('https://example.org/docs/rapport.pdf', 'application/octet-stream', 'attachment; filename="rapport.pdf"')).toBe(false);
    // The ".pdf" must end the path, not sit in the query or a folder's name.
    expect(at('https://example.org/view?file=rapport.pdf', 'application/octet-stream')).toBe(false);
    expect(at('https://example.org/rapport.pdf/', 'application/octet-stream')).toBe(false);
  });

  it('still takes a PDF media type at its word, whatever the address', () => {
    expect(at('https://example.org/get?id=7', 'application/pdf')).toBe(true);
    expect(at('https://example.org/get?id=7', 'application/pdf', 'attachment')).toBe(false);
  });
});

describe('dispositionFilename', () => {
  it('reads quoted, bare and RFC 5987 filenames, the extended one first', () => {
    expect(dispositionFilename('inline; filename="a \\"b\\".pdf"')).toBe('a "b".pdf');
    expect(dispositionFilename('inline; filename=plain.pdf; size=3')).toBe('plain.pdf');
    expect(dispositionFilename("inline; filename=\"fallback.txt\"; filename*=UTF-8''r%C3%A9el.pdf")).toBe('réel.pdf');
    expect(dispositionFilename('inline')).toBeNull();
    expect(dispositionFilename(undefined)).toBeNull();
  });
});
