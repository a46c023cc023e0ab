import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchRelease } from '../../../utils/adapters/network/fetch-release';
import { ReleaseError } from '../../../utils/dataset/release-error';
import type { StaticServer } from '../../../scripts/lib/static-server';
import { ReleaseServer } from '../../support/release-server';

const releases = new ReleaseServer();
let server: StaticServer;
beforeAll(async () => {
  server = await releases.start();
});
afterAll(() => server.close());

const fetchFrom = (timeoutMs = 2000, maxBytes = 10 * 1024 * 1024) =>
  fetchRelease({ url: `${server.origin}/release.json`, validators: {}, timeoutMs, maxBytes });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof ReleaseError) return error.code;
    throw error;
  }
}

describe('downloading a release', () => {
  it('downloads the body, its signature and its validators', async () => {
    releases.behaviour = { kind: 'serve', body: '{"a":1}', signature: '{"sig":1}', etag: '"v1"' };
    const outcome = await fetchFrom();
    expect(outcome.status).toBe('downloaded');
    if (outcome.status !== 'downloaded') return;
    expect(await outcome.file.text()).toBe('{"a":1}');
    expect(outcome.finalUrl).toBe(`${server.origin}/release.json`);
    expect(outcome.signatureFile).toBe('{"sig":1}');
    expect(outcome.validators.etag).toBe('"v1"');
  });

  it('asks conditionally and does not download an unchanged release again', async () => {
    releases.behaviour = { kind: 'serve', body: '{"a":1}', etag: '"v1"' };
    releases.requests = [];
    const outcome = await fetchRelease({
      url: `${server.origin}/release.json`,
      validators: { etag: '"v1"' },
      timeoutMs: 2000,
      maxBytes: 1000,
    });
    expect(outcome.status).toBe('not-modified');
    expect(releases.requests[0]?.headers['if-none-match']).toBe('"v1"');
    expect(releases.requests[0]?.headers.cookie).toBeUndefined();
    expect(releases.requests[0]?.headers.referer).toBeUndefined();
  });

  it.each([
    ['404', { kind: 'status', status: 404 } as const, 'http-status'],
    ['500', { kind: 'status', status: 500 } as const, 'http-status'],
    ['a hanging server', { kind: 'hang' } as const, 'timeout'],
    ['a connection cut mid-body', { kind: 'cut-mid-body', body: JSON.stringify({ padding: 'x'.repeat(200_000) }) } as const, 'truncated'],
    ['a wrong content type', { kind: 'serve', body: '<html>', contentType: 'text/html' } as const, 'content-type'],
    ['a 50 MB body', { kind: 'huge', megabytes: 50 } as const, 'too-large'],
  ])('fails cleanly on %s', async (_name, behaviour, code) => {
    releases.behaviour = behaviour;
    expect(await codeOf(fetchFrom(1500))).toBe(code);
  });

  it('refuses plain http except on localhost', async () => {
    expect(
      await codeOf(fetchRelease({ url: 'http://example.org/release.json', validators: {}, timeoutMs: 100, maxBytes: 10 })),
    ).toBe('insecure-url');
    expect(await codeOf(fetchRelease({ url: 'javascript:alert(1)', validators: {}, timeoutMs: 100, maxBytes: 10 }))).toBe('insecure-url');
  });

  it('judges a redirect at the address it ends at: another host is followed and named', async () => {
    const moved = `${server.origin.replace('127.0.0.1', 'localhost')}/moved/release.json`;
    releases.behaviour = { kind: 'redirect', location: moved, then: { kind: 'serve', body: '{"a":2}', signature: '{"sig":2}' } };
    const outcome = await fetchFrom();
    if (outcome.status !== 'downloaded') throw new Error(outcome.status);
    expect(outcome.finalUrl).toBe(moved);
    expect(await outcome.file.text()).toBe('{"a":2}');
    // The signature is the one beside the release, where it ended up.
    expect(outcome.signatureFile).toBe('{"sig":2}');
  });

  it('refuses a redirect to plain http, and from https down to http even on localhost', async () => {
    // The browser follows redirects itself: a fake fetch stands for the hop (no request leaves this machine).
    const landingAt = (finalUrl: string) => async () => {
      const response = new Response('{"a":1}', { status: 200, headers: { 'content-type': 'application/json' } });
      Object.defineProperty(response, 'url', { value: finalUrl });
      return response;
    };
    const from = (url: string, finalUrl: string) => fetchRelease({ url, validators: {}, timeoutMs: 1000, maxBytes: 1e6, fetch: landingAt(finalUrl) });
    expect(await codeOf(from('https://releases.example/latest.json', 'http://mirror.example/latest.json'))).toBe('insecure-url');
    expect(await codeOf(from('https://releases.example/latest.json', 'http://localhost:8080/latest.json'))).toBe('insecure-url');
    expect(await codeOf(from('https://releases.example/latest.json', 'ftp://releases.example/latest.json'))).toBe('insecure-url');
    expect(await codeOf(from('https://releases.example/latest.json', 'https://mirror.example/latest.json'))).toBe('ok');
  });

  it('sends no cookies and no referrer, and omits credentials', async () => {
    const seen: RequestInit[] = [];
    const spy = async (_url: string | URL | Request, init?: RequestInit) => {
      seen.push(init ?? {});
      return new Response(null, { status: 304 });
    };
    await fetchRelease({ url: 'https://releases.example/latest.json', validators: {}, timeoutMs: 1000, maxBytes: 10, fetch: spy as typeof fetch });
    expect(seen[0]).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });
});
