import { splitReleaseText } from '../../dataset/split-release-text';
import { compareVersions } from '../../dataset/compare-versions';
import { ReleaseError } from '../../dataset/release-error';
import type { Release } from '../../dataset/schema';
import { verifyRelease } from '../../dataset/verify-release';
import type { TimeSlicer } from '../../scheduling/time-slicer';
import { fetchRelease, type HttpValidators } from './fetch-release';

/** Where the release to check comes from: an update URL, or bytes in hand (a file, the previous slot). */
export type ReleaseInput =
  | { kind: 'url'; url: string; validators: HttpValidators; timeoutMs: number; maxBytes: number }
  | { kind: 'bytes'; bytes: Uint8Array; signatureFile?: string };

export interface CheckRequest {
  input: ReleaseInput;
  /** Public keys (base64 raw Ed25519) whose signatures are accepted. */
  trustedKeys: readonly string[];
  /** False only when the user explicitly allowed unsigned releases (that URL, or a file picked by hand). */
  requireSignature: boolean;
  /** The installed release: a release must be newer to be applied. */
  installed?: { version: string; hash: string };
}

export type CheckResult =
  /** The server says the release has not changed since the last check (HTTP 304). */
  | { status: 'not-modified' }
  /** The server sent the release already installed: nothing to do. */
  | { status: 'unchanged'; validators?: HttpValidators }
  /** A release to install, with its file's text as it is stored (see splitReleaseText). */
  | { status: 'verified'; release: Release; textPieces: string[]; validators?: HttpValidators };

/**
 * One release check, whole: download it (for a URL), verify it (see
 * `verifyRelease`), and compare it with the installed one. It runs in the
 * release-checker worker, or in the background itself where no worker can
 * be started. Throws a ReleaseError naming the first failed step.
 */
export async function checkRelease(request: CheckRequest, slicer: TimeSlicer): Promise<CheckResult> {
  let bytes: Uint8Array;
  let signatureFile: string | undefined;
  let validators: HttpValidators | undefined;
  if (request.input.kind === 'url') {
    const { url, validators: sent, timeoutMs, maxBytes } = request.input;
    const outcome = await fetchRelease({ url, validators: sent, timeoutMs, maxBytes });
    if (outcome.status === 'not-modified') return { status: 'not-modified' };
    ({ bytes, signatureFile, validators } = outcome);
  } else {
    ({ bytes, signatureFile } = request.input);
  }
  const { release, json } = await verifyRelease(bytes, {
    ...(signatureFile !== undefined ? { signatureFile } : {}),
    trustedKeys: request.trustedKeys,
    requireSignature: request.requireSignature,
    slicer,
  });
  const { installed } = request;
  if (installed && compareVersions(release.version, installed.version) <= 0) {
    // The same release again is not a failure; an older or re-cut one is refused.
    if (release.hash === installed.hash) return { status: 'unchanged', ...(validators ? { validators } : {}) };
    throw new ReleaseError('not-newer', `${release.version} ≤ ${installed.version}`);
  }
  return { status: 'verified', release, textPieces: splitReleaseText(json), ...(validators ? { validators } : {}) };
}
