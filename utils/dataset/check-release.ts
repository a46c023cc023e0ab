import { compareVersions } from './compare-versions';
import { buildLookupView, packLookupView, type LookupFiles } from './lookup-view';
import { diffReleases, type ReleaseChanges } from './release-changes';
import { ReleaseError } from './release-error';
import type { Release } from './schema';
import { verifyRelease } from './verify-release';

export interface CheckInput {
  bytes: Uint8Array;
  signatureFile?: string;
  /** Public keys (base64 raw Ed25519) whose signatures are accepted. */
  trustedKeys: readonly string[];
  /** False only when the user explicitly allowed unsigned releases (that address, or a file picked by hand). */
  requireSignature: boolean;
  /** The installed release: a release must be newer to be applied. */
  newerThan?: { version: string; hash: string };
  /** The installed release's text, to tell the reader what changed. */
  diffAgainst?: string;
}

export type CheckResult =
  /** The release already installed: nothing to do. */
  | { status: 'unchanged' }
  /** A release to install: its head, its lookup view, and what changed for the reader. */
  | { status: 'verified'; head: Pick<Release, 'version' | 'hash' | 'publishedAt' | 'notes'>; lookups: LookupFiles; changes?: ReleaseChanges };

/**
 * One release check, whole: verify it (see `verifyRelease`), compare it
 * with the installed one, and prepare what installing it needs. It runs in
 * the release checker worker, as one request and one reply.
 */
export async function checkRelease(input: CheckInput): Promise<CheckResult> {
  const { release, text } = await verifyRelease(input.bytes, input);
  const { newerThan, diffAgainst } = input;
  if (newerThan && compareVersions(release.version, newerThan.version) <= 0) {
    // The same release again is not a failure; an older or re-cut one is refused.
    if (release.hash === newerThan.hash) return { status: 'unchanged' };
    throw new ReleaseError('not-newer', `${release.version} ≤ ${newerThan.version}`);
  }
  const { version, hash, publishedAt, notes } = release;
  return {
    status: 'verified',
    head: { version, hash, publishedAt, ...(notes ? { notes } : {}) },
    lookups: packLookupView(buildLookupView(release, text)),
    ...(diffAgainst ? { changes: diffReleases(JSON.parse(diffAgainst) as Release, release) } : {}),
  };
}
