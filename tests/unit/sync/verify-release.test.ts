import { beforeAll, describe, expect, it } from 'vitest';
import { ReleaseError } from '../../../utils/dataset/release-error';
import { verifyRelease } from '../../../utils/dataset/verify-release';
import { checkRelease } from '../../../utils/dataset/check-release';
import { rehash, sampleRelease } from '../../support/sample-release';
import { makeKeyPair, sign, type TestKeyPair } from '../../support/signing';

let trusted: TestKeyPair;
let stranger: TestKeyPair;
beforeAll(async () => {
  trusted = await makeKeyPair();
  stranger = await makeKeyPair();
});

const encode = (text: string) => new TextEncoder().encode(text);

/** The same checks plus the version rule, which checkRelease adds: the installed release here is another one. */
async function checkAgainst(
  bytes: Uint8Array,
  options: { signatureFile?: string; trustedKeys: string[]; requireSignature: boolean },
  installedVersion: string,
) {
  const result = await checkRelease({ bytes, ...options, newerThan: { version: installedVersion, hash: 'another release' } });
  if (result.status !== 'verified') throw new Error(`not verified: ${result.status}`);
  return result;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    if (error instanceof ReleaseError) return error.code;
    throw error;
  }
}

describe('release verification', () => {
  it('accepts a release signed by a trusted key and newer than the installed one', async () => {
    const text = JSON.stringify(await sampleRelease('2026.2.1'));
    const { head } = await checkAgainst(
      encode(text),
      { signatureFile: await sign(text, trusted), trustedKeys: [trusted.publicKey], requireSignature: true },
      '2026.1.1',
    );
    expect(head.version).toBe('2026.2.1');
  });

  it('says "unchanged" for the release installed, and refuses the same version re-cut', async () => {
    const release = await sampleRelease('2026.2.1');
    const options = { trustedKeys: [], requireSignature: false };
    const same = await checkRelease({ bytes: encode(JSON.stringify(release)), ...options, newerThan: { version: '2026.2.1', hash: release.hash } });
    expect(same.status).toBe('unchanged');
    expect(await codeOf(checkAgainst(encode(JSON.stringify(release)), options, '2026.2.1'))).toBe('not-newer');
  });

  it('gives a sentence without technical text, and keeps the detail apart', async () => {
    const release = await sampleRelease();
    const error = await verifyRelease(encode(JSON.stringify({ ...release, schemaVersion: 1 })), { trustedKeys: [], requireSignature: false }).catch(
      (caught: ReleaseError) => caught,
    );
    expect(error).toBeInstanceOf(ReleaseError);
    const { userMessage, detail } = error as ReleaseError;
    expect(detail).toMatch(/schemaVersion/);
    expect(userMessage.fr).not.toMatch(/schemaVersion|Invalid|expected/);
    expect(userMessage.en).not.toMatch(/schemaVersion|Invalid input/);
  });

  it('refuses, each with its own reason: missing, bad, untrusted signatures', async () => {
    const text = JSON.stringify(await sampleRelease());
    const options = { trustedKeys: [trusted.publicKey], requireSignature: true };
    expect(await codeOf(verifyRelease(encode(text), options))).toBe('signature-missing');
    const good = JSON.parse(await sign(text, trusted));
    const tampered = JSON.stringify({ ...good, signature: good.signature.replace(/^./, good.signature[0] === 'A' ? 'B' : 'A') });
    expect(await codeOf(verifyRelease(encode(text), { ...options, signatureFile: tampered }))).toBe('signature-invalid');
    expect(await codeOf(verifyRelease(encode(`${text} `), { ...options, signatureFile: JSON.stringify(good) }))).toBe('signature-invalid');
    expect(await codeOf(verifyRelease(encode(text), { ...options, signatureFile: await sign(text, stranger) }))).toBe('signature-untrusted');
    expect(await codeOf(verifyRelease(encode(text), { ...options, signatureFile: 'not json' }))).toBe('signature-invalid');
  });

  it('accepts an unsigned release only when the user allowed it', async () => {
    const text = JSON.stringify(await sampleRelease());
    expect(await codeOf(verifyRelease(encode(text), { trustedKeys: [], requireSignature: false }))).toBe('accepted');
  });

  it('refuses broken, invalid, tampered, old and oversized releases', async () => {
    const options = { trustedKeys: [], requireSignature: false };
    const release = await sampleRelease('2026.1.1');
    const text = JSON.stringify(release);
    expect(await codeOf(verifyRelease(encode(text.slice(0, text.length / 2)), options))).toBe('invalid-json');
    expect(await codeOf(verifyRelease(encode(JSON.stringify({ ...release, schemaVersion: 99 })), options))).toBe('unsupported-schema');
    expect(await codeOf(verifyRelease(encode(JSON.stringify({ ...release, terms: 'nope' })), options))).toBe('schema');
    const tampered = { ...release, terms: release.terms.map((term) => ({ ...term, label: 'Changé' })) };
    expect(await codeOf(verifyRelease(encode(JSON.stringify(tampered)), options))).toBe('hash-mismatch');
    expect(await codeOf(checkAgainst(encode(text), options, '2026.1.1'))).toBe('not-newer');
    expect(await codeOf(checkAgainst(encode(text), options, '2026.3.1'))).toBe('not-newer');
    expect(await codeOf(verifyRelease(new Uint8Array(10 * 1024 * 1024 + 1), options))).toBe('too-large');
  });

  it('refuses javascript: and data: URLs in sources even with a correct hash', async () => {
    for (const url of ['javascript:alert(document.cookie)', 'data:text/html;base64,PHNjcmlwdD4=']) {
      const release = await sampleRelease();
      release.sources[0]!.url = url;
      const text = JSON.stringify(await rehash(release));
      expect(await codeOf(verifyRelease(encode(text), { trustedKeys: [], requireSignature: false }))).toBe('schema');
    }
  });

  it('keeps HTML in text fields as plain text (it is rendered as text, never parsed)', async () => {
    const release = await sampleRelease();
    release.terms[0]!.status.summary.fr = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const text = JSON.stringify(await rehash(release));
    const { release: verified } = await verifyRelease(encode(text), { trustedKeys: [], requireSignature: false });
    expect(verified.terms[0]!.status.summary.fr).toContain('<script>');
  });
});
