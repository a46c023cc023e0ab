import { describe, expect, it } from 'vitest';
import { documentUrlOf, isViewerUrl, viewerPathFor } from '../../../utils/pdf/viewer-url';
import { failureOfPdfError } from '../../../utils/pdf/pdf-failure';

const ORIGIN = 'chrome-extension://abcdefgh/';

describe('the viewer’s address', () => {
  it('carries the document’s address, encoded, and gives it back', () => {
    const url = 'https://example.org/rapport final.pdf?v=2&x=é#page=3';
    const viewer = `chrome-extension://abcdefgh${viewerPathFor(url)}`;
    expect(viewer).not.toContain(' ');
    expect(documentUrlOf(viewer)).toBe(url);
    expect(isViewerUrl(viewer, ORIGIN)).toBe(true);
  });

  it('shows only web and file documents', () => {
    const viewerOn = (file: string) => `chrome-extension://abcdefgh${viewerPathFor(file)}`;
    expect(documentUrlOf(viewerOn('file:///home/me/a.pdf'))).toBe('file:///home/me/a.pdf');
    expect(documentUrlOf(viewerOn('javascript:alert(1)'))).toBeNull();
    expect(documentUrlOf(viewerOn('data:application/pdf;base64,AAAA'))).toBeNull();
    expect(documentUrlOf(viewerOn('chrome-extension://abcdefgh/options.html'))).toBeNull();
    expect(documentUrlOf(`${ORIGIN}pdf-viewer.html`)).toBeNull();
  });

  it('tells the viewer from the extension’s other pages and from other extensions', () => {
    expect(isViewerUrl(`${ORIGIN}options.html`, ORIGIN)).toBe(false);
    expect(isViewerUrl('chrome-extension://other/pdf-viewer.html?file=x', ORIGIN)).toBe(false);
    expect(isViewerUrl('https://example.org/pdf-viewer.html', ORIGIN)).toBe(false);
    expect(isViewerUrl(undefined, ORIGIN)).toBe(false);
  });
});

describe('failureOfPdfError', () => {
  it('words pdf.js’s errors by their name', () => {
    expect(failureOfPdfError({ name: 'PasswordException' })).toEqual({ kind: 'password' });
    expect(failureOfPdfError({ name: 'InvalidPDFException' })).toEqual({ kind: 'corrupt' });
    expect(failureOfPdfError({ name: 'ResponseException', status: 403 })).toEqual({ kind: 'fetch', status: 403 });
    expect(failureOfPdfError(new TypeError('Failed to fetch'))).toEqual({ kind: 'fetch' });
    expect(failureOfPdfError(new Error('?'))).toEqual({ kind: 'corrupt' });
  });
});
