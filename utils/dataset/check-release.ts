import { compareVersions } from './compare-versions';
import { buildLookupView, packLookupView, type LookupFiles } from './lookup-view';
import { diffReleases, type ReleaseChanges } from './release-changes';
import { ReleaseError } from './release-error';
import type { Release } from './schema';
import { verifyRelease, type VerifyOptions } from './verify-release';

export type CheckResult =
  /** The release already installed: nothing to do. */
  | { status: 'unchanged' }
  /** A release to install: its head, its lookup view, and what changed for the reader. */
  | { status: 'verified'; head: Pick<Release, 'version' | 'hash' | 'publishedAt' | 'notes'>; lookups: LookupFiles; changes?: ReleaseChanges };

/**
 * One release check, whole, as the checker worker runs it: verify (see
 * `verifyRelease`), then the version rule against the installed release
 * (`newerThan`), then what installing needs: the lookup view, and what
 * changed since the installed release's text (`diffAgainst`).
 */
export async function checkRelease(
  input: VerifyOptions & { bytes: Uint8Array; newerThan?: { version: string; hash: string }; diffAgainst?: string },
): Promise<CheckResult> {
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
