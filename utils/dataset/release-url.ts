/**
 * Releases come over https only; plain http is accepted for localhost, so a
 * maintainer can try a release before publishing it.
 */
export function isAllowedReleaseUrl(text: string): boolean {
  try {
    const url = new URL(text);
    if (url.username || url.password) return false;
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
  } catch {
    return false;
  }
}

/** The detached signature sits beside the release: `<release URL>.sig`. */
export function signatureUrlOf(releaseUrl: string): string {
  const url = new URL(releaseUrl);
  url.pathname += '.sig';
  return url.toString();
}
