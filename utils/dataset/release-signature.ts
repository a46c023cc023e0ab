import { ReleaseError } from './release-error';

/**
 * Detached Ed25519 signatures over a release file's exact bytes, with
 * WebCrypto (the same code in Node for `dataset:release` and in the
 * extension). Keys and signatures travel as base64: public keys as the raw
 * 32 bytes, signatures as the raw 64 bytes.
 */
const ED25519 = { name: 'Ed25519' } as const;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    const binary = atob(text.trim());
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/**
 * A public key as a person may paste it (wrapped over lines, with spaces):
 * the canonical base64 of its 32 raw bytes, or null if it is not one.
 */
export function parsePublicKey(text: string): string | null {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]{43}=$/.test(compact)) return null;
  const raw = fromBase64(compact);
  return raw && raw.byteLength === 32 ? toBase64(raw) : null;
}

async function importPublicKey(base64: string): Promise<CryptoKey | null> {
  const raw = fromBase64(base64);
  if (!raw || raw.byteLength !== 32) return null;
  try {
    return await crypto.subtle.importKey('raw', raw, ED25519, false, ['verify']);
  } catch {
    return null;
  }
}

/**
 * A detached signature file (`<release>.sig`), JSON: which key signed, and
 * the signature. Naming the key lets Repère tell "signed by a key I do not
 * trust" from "the signature does not match these bytes".
 */
interface SignatureFile {
  algorithm: 'Ed25519';
  publicKey: string;
  signature: string;
}

function parseSignatureFile(text: string): SignatureFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ReleaseError('signature-invalid', 'unreadable signature file');
  }
  const file = parsed as Partial<SignatureFile> | null;
  if (
    !file ||
    file.algorithm !== 'Ed25519' ||
    typeof file.publicKey !== 'string' ||
    typeof file.signature !== 'string'
  ) {
    throw new ReleaseError('signature-invalid', 'unreadable signature file');
  }
  return file as SignatureFile;
}

export async function verifyReleaseSignature({
  bytes,
  signatureFile,
  trustedKeys,
}: {
  bytes: Uint8Array;
  signatureFile: string;
  trustedKeys: readonly string[];
}): Promise<void> {
  const { publicKey, signature } = parseSignatureFile(signatureFile);
  if (!trustedKeys.some((key) => key.trim() === publicKey.trim())) throw new ReleaseError('signature-untrusted');
  const key = await importPublicKey(publicKey);
  const signatureBytes = fromBase64(signature);
  if (!key || !signatureBytes || signatureBytes.byteLength !== 64) throw new ReleaseError('signature-invalid', 'malformed');
  if (!(await crypto.subtle.verify(ED25519, key, signatureBytes, new Uint8Array(bytes)))) {
    throw new ReleaseError('signature-invalid');
  }
}

export async function signRelease({
  bytes,
  privateKey,
  publicKey,
}: {
  bytes: Uint8Array;
  privateKey: CryptoKey;
  publicKey: string;
}): Promise<string> {
  const signature = await crypto.subtle.sign(ED25519, privateKey, new Uint8Array(bytes));
  const file: SignatureFile = { algorithm: 'Ed25519', publicKey, signature: toBase64(new Uint8Array(signature)) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * A new signing key pair: the public key as it is written in trusted-key
 * lists (base64 of the raw 32 bytes), the private key extractable so that
 * `dataset:keygen` can save it.
 */
export async function generateReleaseKeyPair(): Promise<{ publicKey: string; privateKey: CryptoKey }> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  return { publicKey, privateKey: pair.privateKey };
}
