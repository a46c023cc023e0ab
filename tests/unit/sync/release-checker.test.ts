import { beforeAll, describe, expect, it } from 'vitest';
import { ReleaseChecker, type CheckerChannel } from '../../../entrypoints/background/release-checker/release-checker';
import { buildReleaseFromDataDir } from '../../../scripts/lib/build-release';
import { ReleaseError } from '../../../utils/dataset/release-error';
import type { CheckRequest } from '../../../utils/release-check/check-release';
import { releaseFromRecords, releaseToRecords } from '../../../utils/release-check/release-records';
import { TimeSlicer } from '../../../utils/scheduling/time-slicer';
import { openInProcessChannel } from '../../support/in-process-checker';
import { sampleRelease } from '../../support/sample-release';
import { makeKeyPair, sign, type TestKeyPair } from '../../support/signing';

let keys: TestKeyPair;
let text: string;
let signatureFile: string;
beforeAll(async () => {
  keys = await makeKeyPair();
  text = JSON.stringify(await sampleRelease('2026.2.1'));
  signatureFile = await sign(text, keys);
});

const bytesOf = (body: string) => new TextEncoder().encode(body);
const request = (overrides: Partial<CheckRequest> = {}): CheckRequest => ({
  input: { kind: 'bytes', bytes: bytesOf(text), signatureFile },
  trustedKeys: [keys.publicKey],
  requireSignature: true,
  ...overrides,
});

describe('a release in records', () => {
  it('comes back equal to the real dataset, parsed between slices', async () => {
    const release = await buildReleaseFromDataDir();
    const slicer = new TimeSlicer(0);
    expect(await releaseFromRecords(releaseToRecords(release), slicer)).toEqual(release);
    expect(slicer.yields).toBeGreaterThan(release.terms.length);
  });
});

describe('the release checker', () => {
  it('runs the check in the checker and brings back the release and its exact text', async () => {
    const outcome = await new ReleaseChecker({ openChannel: openInProcessChannel }).check(request());
    expect(outcome.offThread).toBe(true);
    if (outcome.status !== 'verified') throw new Error(outcome.status);
    expect(outcome.release).toEqual(JSON.parse(text));
    expect(outcome.textPieces.join('')).toBe(text);
  });

  it('leaves the caller its bytes (it hands over a copy)', async () => {
    const mine = request();
    await new ReleaseChecker({ openChannel: openInProcessChannel }).check(mine);
    expect(mine.input.kind === 'bytes' && new TextDecoder().decode(mine.input.bytes)).toBe(text);
  });

  it('reports a refused release with its reason, as the check here would', async () => {
    const tampered = request({ input: { kind: 'bytes', bytes: bytesOf(text.replace('2026.2.1', '2026.2.2')), signatureFile } });
    for (const openChannel of [openInProcessChannel, null]) {
      const error = await new ReleaseChecker({ openChannel }).check(tampered).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ReleaseError);
      expect((error as ReleaseError).code).toBe('signature-invalid');
    }
  });

  it('says "unchanged" for the installed release, and refuses an older one', async () => {
    const release = JSON.parse(text) as { version: string; hash: string };
    const checker = new ReleaseChecker({ openChannel: openInProcessChannel });
    expect((await checker.check(request({ installed: { version: release.version, hash: release.hash } }))).status).toBe('unchanged');
    const error = await checker.check(request({ installed: { version: '2027.1.1', hash: 'other' } })).catch((caught: unknown) => caught);
    expect((error as ReleaseError).code).toBe('not-newer');
  });

  it('checks here when no checker can be started, or when it never answers', async () => {
    const failing = async (): Promise<CheckerChannel> => {
      throw new Error('no offscreen document');
    };
    let closed = false;
    const silent = async (): Promise<CheckerChannel> => {
      const channel = new MessageChannel();
      return { port: channel.port1, close: async () => void (closed = true) };
    };
    for (const checker of [new ReleaseChecker({ openChannel: failing }), new ReleaseChecker({ openChannel: silent, graceMs: 50 })]) {
      const outcome = await checker.check(request());
      expect(outcome.offThread).toBe(false);
      expect(outcome.status === 'verified' && outcome.release.version).toBe('2026.2.1');
    }
    expect(closed).toBe(true);
  });

  it('runs one check at a time', async () => {
    let open = 0;
    let most = 0;
    const counting = async (): Promise<CheckerChannel> => {
      most = Math.max(most, ++open);
      const channel = await openInProcessChannel();
      return { port: channel.port, close: async () => void (open--, await channel.close()) };
    };
    const checker = new ReleaseChecker({ openChannel: counting });
    await Promise.all([checker.check(request()), checker.check(request()), checker.check(request())]);
    expect(most).toBe(1);
  });
});
