import { describe, expect, it } from 'vitest';
import { isLocalPdfUrl, PdfTabs, type ObservedResponse } from '../../../utils/pdf/pdf-navigation';

const URL_A = 'https://example.org/download?id=7';
const pdf = (change: Partial<ObservedResponse> = {}): ObservedResponse => ({
  tabId: 4,
  url: URL_A,
  type: 'main_frame',
  method: 'GET',
  statusCode: 200,
  responseHeaders: [{ name: 'content-type', value: 'application/pdf' }],
  ...change,
});

describe('PdfTabs', () => {
  it('sends a tab’s PDF to the viewer by its Content-Type, whatever its address', () => {
    const tabs = new PdfTabs();
    expect(tabs.decide(pdf(), true)).toBe('viewer');
    expect(tabs.decide(pdf({ url: 'https://example.org/rapport.pdf', responseHeaders: [{ name: 'Content-Type', value: 'text/html' }] }), true)).toBe('other');
  });

  it('takes a generic binary type at a .pdf address for a PDF, as browsers do', () => {
    const tabs = new PdfTabs();
    const binary = [{ name: 'Content-Type', value: 'application/octet-stream' }];
    expect(tabs.decide(pdf({ url: 'https://example.org/rapport.pdf', responseHeaders: binary }), true)).toBe('viewer');
    expect(tabs.decide(pdf({ responseHeaders: binary }), true)).toBe('other');
  });

  it('leaves alone frames, errors, non-GET, attachments and non-web addresses', () => {
    const tabs = new PdfTabs();
    expect(tabs.decide(pdf({ type: 'sub_frame' }), true)).toBe('other');
    expect(tabs.decide(pdf({ statusCode: 404 }), true)).toBe('other');
    expect(tabs.decide(pdf({ method: 'POST' }), true)).toBe('other');
    expect(tabs.decide(pdf({ tabId: -1 }), true)).toBe('other');
    expect(tabs.decide(pdf({ url: 'ftp://example.org/a.pdf' }), true)).toBe('other');
    const attachment = [
      { name: 'content-type', value: 'application/pdf' },
      { name: 'content-disposition', value: 'attachment; filename=a.pdf' },
    ];
    expect(tabs.decide(pdf({ responseHeaders: attachment }), true)).toBe('other');
  });

  it('lets one load of the document through to the browser’s viewer, then redirects again', () => {
    const tabs = new PdfTabs();
    tabs.allowBrowserViewerOnce(4, URL_A);
    expect(tabs.decide(pdf(), true)).toBe('browser');
    expect(tabs.shownIn(4)).toBe(URL_A);
    expect(tabs.decide(pdf(), true)).toBe('viewer');
    expect(tabs.shownIn(4)).toBeNull();
  });

  it('spends a bypass on the tab’s next load even when it is another document', () => {
    const tabs = new PdfTabs();
    tabs.allowBrowserViewerOnce(4, URL_A);
    expect(tabs.decide(pdf({ url: 'https://example.org/other.pdf' }), true)).toBe('viewer');
    expect(tabs.decide(pdf(), true)).toBe('viewer');
  });

  it('with the setting off, leaves PDFs to the browser and remembers which tab shows one', () => {
    const tabs = new PdfTabs();
    expect(tabs.decide(pdf(), false)).toBe('browser');
    expect(tabs.shownIn(4)).toBe(URL_A);
    expect(tabs.decide(pdf({ responseHeaders: [{ name: 'content-type', value: 'text/html' }] }), false)).toBe('other');
    expect(tabs.shownIn(4)).toBeNull();
    tabs.decide(pdf(), false);
    tabs.forgetTab(4);
    expect(tabs.shownIn(4)).toBeNull();
  });

  it('tells a local PDF by its name only, and sends it to the viewer or, once asked, to the browser', () => {
    const local = 'file:///home/reader/Rapport%20ANS.PDF';
    expect(isLocalPdfUrl(local)).toBe(true);
    expect(isLocalPdfUrl('file:///home/reader/a.pdf#page=2')).toBe(true);
    expect(isLocalPdfUrl('file:///home/reader/notes.txt')).toBe(false);
    expect(isLocalPdfUrl('file:///home/reader/')).toBe(false);
    expect(isLocalPdfUrl('https://example.org/a.pdf')).toBe(false);
    expect(isLocalPdfUrl('not a url')).toBe(false);

    const tabs = new PdfTabs();
    expect(tabs.decideLocalFile(3, local, true)).toBe('viewer');
    expect(tabs.shownIn(3)).toBeNull();
    tabs.allowBrowserViewerOnce(3, local);
    expect(tabs.decideLocalFile(3, local, true)).toBe('browser');
    expect(tabs.shownIn(3)).toBe(local);
    // Once only: the next load goes to the viewer again.
    expect(tabs.decideLocalFile(3, local, true)).toBe('viewer');
    expect(tabs.decideLocalFile(3, local, false)).toBe('browser');
    expect(tabs.decideLocalFile(3, 'file:///home/reader/notes.txt', true)).toBe('other');
    expect(tabs.shownIn(3)).toBeNull();
    expect(tabs.decideLocalFile(-1, local, true)).toBe('other');
  });
});
