import { TimeSlicer } from '../scheduling/time-slicer';
import { decodeUtf8InSlices } from '../text/utf8-in-slices';
import { hasValidHash } from './content-hash';
import { parseReleaseInSlices } from './parse-release-in-slices';
import { ReleaseError } from './release-error';
import { verifyReleaseSignature } from './release-signature';
import { SCHEMA_VERSION, type Release } from './schema';

export const MAX_RELEASE_BYTES = 10 * 1024 * 1024;

export interface VerifyOptions {
  /** The detached signature file's text, if the release has one. */
  signatureFile?: string;
  /** Public keys (base64 raw Ed25519) whose signatures are accepted. */
  trustedKeys: readonly string[];
  /** False only when the user explicitly allowed unsigned releases for this source. */
  requireSignature: boolean;
  /** How the long checks give way to other work (lookups) in between. */
  slicer?: TimeSlicer;
}

/**
 * The checks every release passes before it may touch the database: size,
 * then who signed these exact bytes (before parsing anything a stranger
 * wrote), then JSON, schema version, the full schema with its
 * cross-references and the content hash. (Whether it is newer than the
 * installed release is checkRelease's question.)
 * Throws a ReleaseError naming the first failed check.
 *
 * Decoding and the schema and hash checks run in short slices: the
 * background answers pages' lookups between them while a big release is
 * checked.
 */
export async function verifyRelease(
  bytes: Uint8Array,
  options: VerifyOptions,
): Promise<{ release: Release; json: string }> {
  if (bytes.byteLength > MAX_RELEASE_BYTES) throw new ReleaseError('too-large', `${bytes.byteLength} bytes`);
  if (options.signatureFile !== undefined) {
    await verifyReleaseSignature({ bytes, signatureFile: options.signatureFile, trustedKeys: options.trustedKeys });
  } else if (options.requireSignature) {
    throw new ReleaseError('signature-missing');
  }
  const slicer = options.slicer ?? new TimeSlicer();
  const json = await decodeUtf8InSlices(bytes, slicer);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new ReleaseError('invalid-json', (error as Error).message.slice(0, 120));
  }
  const schemaVersion = (parsed as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof schemaVersion === 'number' && schemaVersion > SCHEMA_VERSION) {
    throw new ReleaseError('unsupported-schema', `schemaVersion ${schemaVersion}`);
  }
  const result = await parseReleaseInSlices(parsed, slicer);
  if (!result.success) {
    const { path, message } = result.issue;
    throw new ReleaseError('schema', `${path.map(String).join('.')}: ${message}`.slice(0, 200));
  }
  const release = result.data;
  if (!(await hasValidHash(release, slicer))) throw new ReleaseError('hash-mismatch');
  return { release, json };
}
