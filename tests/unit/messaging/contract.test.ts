import { describe, expect, it } from 'vitest';
import {
  isExtensionPageSender,
  isPrivilegedRequest,
  parseBackgroundRequest,
  parseContentRequest,
  parseViewerRequest,
  PRIVILEGED_REQUESTS,
} from '../../../utils/messaging/contract';

describe('the message contract', () => {
  it('accepts each background request in its shape, and nothing else', () => {
    expect(parseBackgroundRequest({ type: 'page-setup' })).toEqual({ type: 'page-setup' });
    expect(parseBackgroundRequest({ type: 'get-term-details', ids: ['ins', 'mon-espace-sante'] })).toEqual({
      type: 'get-term-details',
      ids: ['ins', 'mon-espace-sante'],
    });
    expect(parseBackgroundRequest({ type: 'import-release', text: '{}', signature: 'sig' })).toEqual({
      type: 'import-release',
      text: '{}',
      signature: 'sig',
    });
    expect(parseBackgroundRequest({ type: 'update-settings', change: { paused: true } })).toEqual({
      type: 'update-settings',
      change: { paused: true },
    });
    expect(parseBackgroundRequest({ type: 'open-term-page', id: 'ins', articleDate: '2022-06-28' })).toEqual({
      type: 'open-term-page',
      id: 'ins',
      articleDate: '2022-06-28',
    });
    expect(parseBackgroundRequest({ type: 'open-term-page', id: 'ins' })).toEqual({ type: 'open-term-page', id: 'ins' });
    for (const malformed of [
      null,
      { type: 'open-term-page', id: 'ins', articleDate: '2022-02-30' },
      { type: 'open-term-page', id: 'ins', articleDate: 'javascript:alert(1)' },
      'get-index',
      { type: 'drop-database' },
      { type: 'get-term-details', ids: ['INS'] },
      { type: 'get-term-details', ids: Array.from({ length: 1001 }, () => 'ins') },
      { type: 'open-term-page', id: '../options.html' },
      { type: 'import-release', text: 42 },
      { type: 'import-release', text: '{}', signature: 'x'.repeat(1001) },
      { type: 'update-settings', change: ['paused'] },
    ]) {
      expect(parseBackgroundRequest(malformed), JSON.stringify(malformed)?.slice(0, 80)).toBeNull();
    }
  });

  it('accepts each content request in its shape, and nothing else', () => {
    expect(parseContentRequest({ type: 'step-term', direction: 'next' })).toEqual({ type: 'step-term', direction: 'next' });
    expect(parseContentRequest({ type: 'reveal-term', id: 'ins' })).toEqual({ type: 'reveal-term', id: 'ins' });
    const setup = { active: true, datasetHash: 'sha256:0', prefilter: { patterns: [{ source: 'INS', flags: '' }] }, settings: {} };
    expect(parseContentRequest({ type: 'page-setup-changed', setup })).toEqual({ type: 'page-setup-changed', setup });
    expect(parseContentRequest({ type: 'step-term', direction: 'up' })).toBeNull();
    expect(parseContentRequest({ type: 'reveal-term', id: '<img>' })).toBeNull();
    expect(parseContentRequest({ type: 'page-setup-changed', setup: { ...setup, prefilter: { patterns: [{ source: 'INS', flags: 'g' }] } } })).toBeNull();
  });

  it('accepts the PDF requests and viewer-addressed content requests in their shape only', () => {
    expect(parseBackgroundRequest({ type: 'pdf-bypass', tabId: 3, url: 'https://example.org/a.pdf' })).toEqual({
      type: 'pdf-bypass',
      tabId: 3,
      url: 'https://example.org/a.pdf',
    });
    expect(parseBackgroundRequest({ type: 'pdf-in-tab', tabId: 3 })).toEqual({ type: 'pdf-in-tab', tabId: 3 });
    for (const malformed of [
      { type: 'pdf-bypass', tabId: 3, url: 'javascript:alert(1)' },
      { type: 'pdf-bypass', tabId: -1, url: 'https://example.org/a.pdf' },
      { type: 'pdf-bypass', tabId: 3, url: `https://example.org/${'a'.repeat(9000)}` },
      { type: 'pdf-in-tab', tabId: '3' },
    ]) {
      expect(parseBackgroundRequest(malformed), JSON.stringify(malformed).slice(0, 80)).toBeNull();
    }
    expect(parseViewerRequest({ type: 'viewer-request', tabId: 5, request: { type: 'page-terms' } })).toEqual({
      type: 'viewer-request',
      tabId: 5,
      request: { type: 'page-terms' },
    });
    expect(parseViewerRequest({ type: 'viewer-request', tabId: 5, request: { type: 'drop-database' } })).toBeNull();
    expect(parseViewerRequest({ type: 'viewer-request', request: { type: 'page-terms' } })).toBeNull();
    expect(parseViewerRequest({ type: 'page-terms' })).toBeNull();
  });

  it('marks as privileged exactly the requests that change data or settings', () => {
    for (const type of PRIVILEGED_REQUESTS) expect(isPrivilegedRequest({ type } as never), type).toBe(true);
    for (const type of ['page-setup', 'get-index', 'get-status'] as const) expect(isPrivilegedRequest({ type }), type).toBe(false);
  });

  it('tells the extension’s own pages from content scripts by the sender’s URL', () => {
    const extension = { id: 'repere-id', origin: 'chrome-extension://repere-id/' };
    expect(isExtensionPageSender({ id: 'repere-id', url: 'chrome-extension://repere-id/popup.html' }, extension)).toBe(true);
    expect(isExtensionPageSender({ id: 'repere-id', url: 'chrome-extension://repere-id/options.html#welcome' }, extension)).toBe(true);
    // A content script's sender is the web page it runs in.
    expect(isExtensionPageSender({ id: 'repere-id', url: 'https://www.dsih.fr/article' }, extension)).toBe(false);
    expect(isExtensionPageSender({ id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' }, extension)).toBe(false);
    expect(isExtensionPageSender({ id: 'repere-id' }, extension)).toBe(false);
    expect(isExtensionPageSender({ id: 'repere-id', url: 'not a url' }, extension)).toBe(false);
  });
});
