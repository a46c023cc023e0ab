import { signRelease, toBase64 } from '../../utils/dataset/release-signature';

export interface TestKeyPair {
  publicKey: string;
  privateKey: CryptoKey;
}

export async function makeKeyPair(): Promise<TestKeyPair> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { publicKey: toBase64(raw), privateKey: pair.privateKey };
}

export async function sign(text: string, keys: TestKeyPair): Promise<string> {
  return signRelease({ bytes: new TextEncoder().encode(text), privateKey: keys.privateKey, publicKey: keys.publicKey });
}
