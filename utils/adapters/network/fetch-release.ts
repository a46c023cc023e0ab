import { ReleaseError } from '@/utils/dataset/release-error';
import { isAllowedReleaseUrl, signatureUrlOf } from '@/utils/dataset/release-url';

export interface HttpValidators {
  etag?: string;
  lastModified?: string;
}

export type FetchOutcome =
  | { status: 'not-modified' }
  | { status: 'downloaded'; bytes: Uint8Array; signatureFile?: string; validators: HttpValidators };

export interface FetchReleaseOptions {
  url: string;
  validators: HttpValidators;
  timeoutMs: number;
  maxBytes: number;
  fetch?: typeof fetch;
}

/**
 * Step one of an update: download the release and its signature, within a
 * time limit and a size limit, and nothing else. The request carries no
 * cookies and no referrer: the server learns nothing about the reader.
 */
export async function fetchRelease(options: FetchReleaseOptions): Promise<FetchOutcome> {
  return withTimeout(options, async (signal) => {
    const response = await requestRelease(options, signal);
    if (!response) return { status: 'not-modified' };
    const bytes = await readLimited(response, options.maxBytes, signal);
    const signatureFile = await fetchSignature(options.fetch ?? fetch, options.url, signal, options.maxBytes);
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    return {
      status: 'downloaded',
      bytes,
      ...(signatureFile !== undefined ? { signatureFile } : {}),
      validators: { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) },
    };
  });
}

/**
 * The same request as `fetchRelease`, up to the response's headers only:
 * "not modified", or "changed" with the body left unread. Most checks find
 * nothing new, and learn it this way without starting anything else.
 * Errors (status, content type, time limit) are those `fetchRelease` gives.
 */
export async function peekRelease(options: FetchReleaseOptions): Promise<'not-modified' | 'changed'> {
  return withTimeout(options, async (signal) => {
    const response = await requestRelease(options, signal);
    if (!response) return 'not-modified';
    // A body already cut off makes cancel() reject; the peek does not read
    // the body, and the download that follows reports what is wrong with it.
    await response.body?.cancel().catch(() => undefined);
    return 'changed';
  });
}

/** Runs `step` under the time limit, turning every failure into a ReleaseError. */
async function withTimeout<T>({ timeoutMs }: FetchReleaseOptions, step: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await step(controller.signal);
  } catch (error) {
    if (error instanceof ReleaseError) throw error;
    if (controller.signal.aborted) throw new ReleaseError('timeout', `${Math.round(timeoutMs / 1000)} s`);
    throw new ReleaseError('network', (error as Error).message?.slice(0, 120));
  } finally {
    clearTimeout(timer);
  }
}

/** The conditional request for the release: its response, or null for "not modified". */
async function requestRelease(
  { url, validators, fetch: fetchImpl = fetch }: FetchReleaseOptions,
  signal: AbortSignal,
): Promise<Response | null> {
  if (!isAllowedReleaseUrl(url)) throw new ReleaseError('insecure-url');
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  const response = await request(fetchImpl, url, headers, signal);
  if (response.status === 304) return null;
  if (!response.ok) throw new ReleaseError('http-status', `HTTP ${response.status}`);
  const contentType = response.headers.get('content-type') ?? '';
  if (!/\bjson\b/i.test(contentType)) throw new ReleaseError('content-type', contentType || 'none');
  return response;
}

async function request(
  fetchImpl: typeof fetch,
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<Response> {
  return fetchImpl(url, {
    headers,
    signal,
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    cache: 'no-store',
    redirect: 'follow',
  });
}

/**
 * Reads the body while counting: a 50 MB answer is refused after 10 MB, not
 * after it has filled memory; a body shorter than its Content-Length, or a
 * connection cut mid-body, is "truncated".
 */
async function readLimited(response: Response, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw new ReleaseError('too-large', `${declared} bytes`);
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw new ReleaseError('too-large', `> ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof ReleaseError) throw error;
    if (signal.aborted) throw error;
    throw new ReleaseError('truncated', (error as Error).message?.slice(0, 120));
  }
  if (Number.isFinite(declared) && total < declared) throw new ReleaseError('truncated', `${total} of ${declared} bytes`);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function fetchSignature(
  fetchImpl: typeof fetch,
  url: string,
  signal: AbortSignal,
  maxBytes: number,
): Promise<string | undefined> {
  const response = await request(fetchImpl, signatureUrlOf(url), { Accept: 'application/json' }, signal);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new ReleaseError('http-status', `signature: HTTP ${response.status}`);
  const bytes = await readLimited(response, Math.min(maxBytes, 64 * 1024), signal);
  return new TextDecoder().decode(bytes);
}
