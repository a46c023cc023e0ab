import { generateReleaseKeyPair, signRelease } from '../../utils/dataset/release-signature';

export interface TestKeyPair {
  publicKey: string;
  privateKey: CryptoKey;
}

export function makeKeyPair(): Promise<TestKeyPair> {
  return generateReleaseKeyPair();
}

export async function sign(text: string, keys: TestKeyPair): Promise<string> {
  return signRelease({ bytes: new TextEncoder().encode(text), privateKey: keys.privateKey, publicKey: keys.publicKey });
}
