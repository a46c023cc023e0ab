import { hasValidHash } from './content-hash';
import { ReleaseError } from './release-error';
import { verifyReleaseSignature } from './release-signature';
import { ReleaseSchema, SCHEMA_VERSION, type Release } from './schema';

export const MAX_RELEASE_BYTES = 10 * 1024 * 1024;

export interface VerifyOptions {
  /** The detached signature file's text, if the release has one. */
  signatureFile?: string;
  /** Public keys (base64 raw Ed25519) whose signatures are accepted. */
  trustedKeys: readonly string[];
  /** False only when the user explicitly allowed unsigned releases for this source. */
  requireSignature: boolean;
}

/**
 * The checks every release passes before it may touch the database: size,
 * who signed these exact bytes (before parsing anything a stranger wrote),
 * JSON, schema version, the full schema with its cross-references, the
 * content hash. Throws a ReleaseError naming the first failed check. It runs
 * in the checker worker (the small bundled file: in the background), in one go.
 */
export async function verifyRelease(bytes: Uint8Array, options: VerifyOptions): Promise<{ release: Release; text: string }> {
  if (bytes.byteLength > MAX_RELEASE_BYTES) throw new ReleaseError('too-large', `${bytes.byteLength} bytes`);
  if (options.signatureFile !== undefined) {
    await verifyReleaseSignature({ bytes, signatureFile: options.signatureFile, trustedKeys: options.trustedKeys });
  } else if (options.requireSignature) {
    throw new ReleaseError('signature-missing');
  }
  // The same decoding as Blob.text(), which reads the stored file back.
  const text = new TextDecoder().decode(bytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ReleaseError('invalid-json', (error as Error).message.slice(0, 120));
  }
  const schemaVersion = (parsed as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof schemaVersion === 'number' && schemaVersion > SCHEMA_VERSION) {
    throw new ReleaseError('unsupported-schema', `schemaVersion ${schemaVersion}`);
  }
  const result = ReleaseSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ReleaseError('schema', `${issue?.path.map(String).join('.')}: ${issue?.message}`.slice(0, 200));
  }
  if (!(await hasValidHash(result.data))) throw new ReleaseError('hash-mismatch');
  return { release: result.data, text };
}
