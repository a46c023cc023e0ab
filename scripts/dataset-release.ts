/**
 * npm run dataset:release -- [--key FILE] --out DIR
 * Builds the release from data/ (as dataset:build does) and signs it:
 * DIR/latest.json, its detached signature DIR/latest.json.sig, and a copy
 * named after the version. The key is the file `dataset:keygen` wrote, or
 * that file's content in the REPERE_RELEASE_KEY environment variable (a CI
 * secret, see docs/publish-dataset.workflow.yml). Upload DIR to any static
 * HTTPS host and set the update address to …/latest.json.
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fromBase64, signRelease } from '../utils/dataset/release-signature';
import { verifyRelease } from '../utils/dataset/verify-release';
import { buildReleaseFromDataDir, DatasetError, serializeRelease } from './lib/build-release';

const { values } = parseArgs({ options: { key: { type: 'string' }, out: { type: 'string' } } });
const keyText = values.key ? await readFile(values.key, 'utf8') : process.env.REPERE_RELEASE_KEY;
if (!keyText || !values.out) {
  console.error('usage: npm run dataset:release -- --key FILE --out DIR   (or REPERE_RELEASE_KEY=<key file content> … --out DIR)');
  process.exit(2);
}

try {
  const keyFile = JSON.parse(keyText) as { publicKey: string; privateKey: string };
  const pkcs8 = fromBase64(keyFile.privateKey);
  if (!pkcs8) throw new Error('unreadable private key');
  const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, false, ['sign']);
  const release = await buildReleaseFromDataDir({ checkEvidence: true });
  const text = serializeRelease(release);
  const bytes = new TextEncoder().encode(text);
  const signature = await signRelease({ bytes, privateKey, publicKey: keyFile.publicKey });
  // What the extension will check, checked here first: a key pair that does not match fails now, not in every browser.
  await verifyRelease(bytes, { signatureFile: signature, trustedKeys: [keyFile.publicKey], requireSignature: true });
  const out = path.resolve(values.out);
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, 'latest.json'), text);
  await writeFile(path.join(out, 'latest.json.sig'), signature);
  await writeFile(path.join(out, `repere-${release.version}.json`), text);
  await writeFile(path.join(out, `repere-${release.version}.json.sig`), signature);
  console.log(`release ${release.version} (${release.hash}) signed by ${keyFile.publicKey} → ${out}/latest.json(.sig)`);
} catch (error) {
  if (error instanceof DatasetError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
