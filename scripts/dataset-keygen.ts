/**
 * npm run dataset:keygen -- [--out DIR]
 * Makes an Ed25519 key pair for signing dataset releases. The private key is
 * written to DIR (default .keys/, ignored by git): keep it secret. The public
 * key is printed: add it to data/release-channel.json (or give it to
 * users for the options page) so the extension trusts releases it signs.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateReleaseKeyPair, toBase64 } from '../utils/dataset/release-signature';

const { values } = parseArgs({ options: { out: { type: 'string', default: '.keys' } } });
const pair = await generateReleaseKeyPair();
const publicKey = pair.publicKey;
const privateKey = toBase64(new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey)));
const dir = path.resolve(values.out!);
await mkdir(dir, { recursive: true });
const file = path.join(dir, `repere-release-key-${Date.now()}.json`);
await writeFile(file, `${JSON.stringify({ algorithm: 'Ed25519', publicKey, privateKey }, null, 2)}\n`, { mode: 0o600 });
console.log(`private key written to ${file} (keep it secret, never commit it)`);
console.log(`public key (add it to "trustedKeys" in data/release-channel.json):\n${publicKey}`);
