import { canonicalJson } from './canonical-json';
import type { Release, ReleaseContent } from './schema';

/**
 * The release hash covers its whole content (everything but the hash field),
 * serialised canonically. WebCrypto, so the build (Node) and the extension
 * compute it with the same code.
 */
export async function computeContentHash(content: ReleaseContent): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(content)));
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `sha256:${hex}`;
}

function contentOf(release: Release): ReleaseContent {
  const { hash: _hash, ...content } = release;
  return content;
}

export async function hasValidHash(release: Release): Promise<boolean> {
  return (await computeContentHash(contentOf(release))) === release.hash;
}
