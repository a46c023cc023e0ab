import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchRelease, peekRelease } from '../../../utils/adapters/network/fetch-release';
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
    expect(new TextDecoder().decode(outcome.bytes)).toBe('{"a":1}');
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

  it('peeks at the headers: "not modified", or "changed" even when the body is already cut off', async () => {
    releases.behaviour = { kind: 'serve', body: '{"a":1}', etag: '"v1"' };
    const peek = (etag: string) => peekRelease({ url: `${server.origin}/release.json`, validators: { etag }, timeoutMs: 1500, maxBytes: 1e6 });
    expect(await peek('"v1"')).toBe('not-modified');
    expect(await peek('"v0"')).toBe('changed');
    // Cut before the peek lets the body go: the download that follows reports it, not the peek.
    const cutBody = new ReadableStream({ start: (controller) => controller.error(new Error('connection reset')) });
    const cut = async () => new Response(cutBody, { status: 200, headers: { 'content-type': 'application/json' } });
    expect(await peekRelease({ url: `${server.origin}/release.json`, validators: {}, timeoutMs: 1500, maxBytes: 1e6, fetch: cut })).toBe('changed');
  });
});
