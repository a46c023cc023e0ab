/**
 * Releases come over https only; plain http is accepted for localhost, so a
 * maintainer can try a release before publishing it.
 */
export function isAllowedReleaseUrl(text: string): boolean {
  try {
    const url = new URL(text);
    if (url.username || url.password) return false;
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && isLoopback(url.hostname);
  } catch {
    return false;
  }
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/**
 * Where a redirect may land: an address the rule above allows, and never
 * from https down to plain http (even to localhost: a remote server must
 * not point the extension at the reader's own machine).
 */
export function isAllowedRedirect(requested: string, final: string): boolean {
  if (!isAllowedReleaseUrl(final)) return false;
  return !(new URL(requested).protocol === 'https:' && new URL(final).protocol !== 'https:');
}

/**
 * Unsigned releases are accepted only where the user said so, for the
 * address configured and for the one a redirect ended at alike.
 */
export function mayBeUnsigned(allowUnsignedFor: readonly string[], urls: readonly string[]): boolean {
  return urls.every((url) => allowUnsignedFor.includes(url));
}

/** The detached signature sits beside the release: `<release URL>.sig`. */
export function signatureUrlOf(releaseUrl: string): string {
  const url = new URL(releaseUrl);
  url.pathname += '.sig';
  return url.toString();
}
