import { ReleaseError } from '../../dataset/release-error';
import { isAllowedRedirect, isAllowedReleaseUrl, signatureUrlOf } from '../../dataset/release-url';

interface HttpValidators {
  etag?: string;
  lastModified?: string;
}

export type FetchOutcome =
  | { status: 'not-modified' }
  /** `file` is the body as it arrived, whole; `finalUrl` where it was served from after redirects. */
  | { status: 'downloaded'; file: Blob; signatureFile?: string; validators: HttpValidators; finalUrl: string };

export interface FetchReleaseOptions {
  url: string;
  validators: HttpValidators;
  timeoutMs: number;
  maxBytes: number;
  fetch?: typeof fetch;
}

/**
 * Step one of an update, from the background: one conditional request for
 * the release (a 304 ends the check here) and, for a changed one, its body
 * and its signature, within a time and a size limit. A redirect is judged at
 * the address it ends at, by the same rules as the one configured. No
 * cookies and no referrer: the server learns nothing about the reader.
 */
export async function fetchRelease({ url, validators, timeoutMs, maxBytes, fetch: fetchImpl = fetch }: FetchReleaseOptions): Promise<FetchOutcome> {
  if (!isAllowedReleaseUrl(url)) throw new ReleaseError('insecure-url');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const get = (address: string, headers: Record<string, string> = {}) => request(fetchImpl, address, headers, controller.signal);
  try {
    const response = await get(url, {
      ...(validators.etag ? { 'If-None-Match': validators.etag } : {}),
      ...(validators.lastModified ? { 'If-Modified-Since': validators.lastModified } : {}),
    });
    if (response.status === 304) return { status: 'not-modified' };
    if (!response.ok) throw new ReleaseError('http-status', `HTTP ${response.status}`);
    const contentType = response.headers.get('content-type') ?? '';
    if (!/\bjson\b/i.test(contentType)) throw new ReleaseError('content-type', contentType || 'none');
    const finalUrl = response.url || url;
    const file = await readLimited(response, maxBytes);
    // The signature sits beside the release, where it ended up.
    const signature = await get(signatureUrlOf(finalUrl));
    if (!signature.ok && signature.status !== 404) throw new ReleaseError('http-status', `signature: HTTP ${signature.status}`);
    const signatureFile = signature.ok ? await (await readLimited(signature, 64 * 1024)).text() : undefined;
    const [etag, lastModified] = [response.headers.get('etag'), response.headers.get('last-modified')];
    return {
      status: 'downloaded',
      file,
      ...(signatureFile !== undefined ? { signatureFile } : {}),
      validators: { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) },
      finalUrl,
    };
  } catch (error) {
    if (error instanceof ReleaseError) throw error;
    if (controller.signal.aborted) throw new ReleaseError('timeout', `${Math.round(timeoutMs / 1000)} s`);
    throw new ReleaseError('network', (error as Error).message?.slice(0, 120));
  } finally {
    clearTimeout(timer);
  }
}

async function request(fetchImpl: typeof fetch, url: string, headers: Record<string, string>, signal: AbortSignal): Promise<Response> {
  const response = await fetchImpl(url, {
    headers: { Accept: 'application/json', ...headers },
    signal,
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    cache: 'no-store',
    redirect: 'follow',
  });
  if (response.url && response.url !== url && !isAllowedRedirect(url, response.url)) {
    await response.body?.cancel().catch(() => undefined);
    throw new ReleaseError('insecure-url', `redirected to ${response.url.slice(0, 200)}`);
  }
  return response;
}

/**
 * Reads the body while counting: a 50 MB answer is refused after 10 MB, not
 * after it has filled memory; a body shorter than its Content-Length, or a
 * connection cut mid-body, is "truncated". The chunks become one Blob as
 * they are, never one big copy here.
 */
async function readLimited(response: Response, maxBytes: number): Promise<Blob> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw new ReleaseError('too-large', `${declared} bytes`);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let total = 0;
  try {
    const reader = response.body!.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      total += chunk.value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw new ReleaseError('too-large', `> ${maxBytes} bytes`);
      }
      chunks.push(chunk.value as Uint8Array<ArrayBuffer>);
    }
  } catch (error) {
    if (error instanceof ReleaseError || (error as Error).name === 'AbortError') throw error;
    throw new ReleaseError('truncated', (error as Error).message?.slice(0, 120));
  }
  if (total < declared) throw new ReleaseError('truncated', `${total} of ${declared} bytes`);
  return new Blob(chunks, { type: 'application/json' });
}
